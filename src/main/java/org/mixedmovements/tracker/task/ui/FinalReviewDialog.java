package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/** The secretariat closes a recommendation whose milestones are all completed. */
class FinalReviewDialog extends TaskDialog {

    FinalReviewDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "review.title", onDone);
        Select<Closure> closure = new Select<>();
        closure.setId("closure");
        closure.setLabel(getTranslation("review.closure"));
        closure.setItems(Closure.values());
        closure.setItemLabelGenerator(c -> getTranslation("status." + c.name()));
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setId("closure-reason");
        reason.setWidthFull();
        reason.setHelperText(getTranslation("review.reason-help"));
        field("closure", closure, true);
        field("reason", reason, false);
        add(new Paragraph(card.recommendationTitle()), closure, reason);
        action("close-recommendation", "review.close", "review.closed",
                () -> tasks.finalReview(card.taskId(), closure.getValue(), reason.getValue()), ButtonVariant.LUMO_PRIMARY);
    }
}
