package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/** The secretariat proposes the group's response to a recommendation and its place in the timetable. */
class ResponseDialog extends TaskDialog {

    ResponseDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "response.title", onDone);
        Select<GroupResponse> response = new Select<>();
        response.setId("response");
        response.setLabel(getTranslation("response.label"));
        response.setItems(GroupResponse.values());
        response.setItemLabelGenerator(r -> getTranslation("response." + r.name()));
        TextArea reason = new TextArea(getTranslation("response.reason"));
        reason.setId("response-reason");
        reason.setWidthFull();
        reason.setHelperText(getTranslation("response.reason-help"));
        TextField period = new TextField(getTranslation("response.target-period"));
        period.setId("target-period");
        String example = tasks.exampleTargetPeriod();
        period.setHelperText(getTranslation("response.target-period-help", example.substring(0, 4), example));
        field("response", response, true);
        field("targetPeriod", period, false);
        field("reason", reason, false);
        checks().checkedBy(() -> RecommendationService.responseProblems(response.getValue(), reason.getValue(),
                period.getValue()));
        // what each response asks for: a period unless not accepted, reasons unless accepted
        response.addValueChangeListener(e -> {
            period.setRequiredIndicatorVisible(e.getValue() != GroupResponse.NOT_ACCEPTED);
            reason.setRequiredIndicatorVisible(e.getValue() != null && e.getValue() != GroupResponse.ACCEPTED);
        });
        add(new Paragraph(card.recommendationTitle()), response, period, reason);
        action("propose-response", "response.propose", "response.proposed",
                () -> tasks.proposeResponse(card.taskId(), response.getValue(), reason.getValue(), period.getValue()),
                ButtonVariant.LUMO_PRIMARY);
    }
}
