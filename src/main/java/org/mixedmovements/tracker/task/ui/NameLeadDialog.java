package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/** The secretariat names the organisation that leads an accepted recommendation. */
class NameLeadDialog extends TaskDialog {

    NameLeadDialog(TaskCard card, MyTaskService tasks, List<Organisation> organisations, Runnable onDone) {
        super(card, "lead.title", onDone);
        ComboBox<Organisation> lead = new ComboBox<>(getTranslation("recommendation.lead"));
        lead.setId("lead-organisation");
        lead.setItems(organisations);
        lead.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        lead.setWidthFull();
        field("leadOrganisation", lead, true);
        add(new Paragraph(getTranslation("lead.help", card.recommendationTitle())), lead);
        action("confirm-lead", "lead.confirm", "lead.named",
                () -> tasks.nameLead(card.taskId(), lead.getValue() == null ? null : lead.getValue().getId()),
                ButtonVariant.LUMO_PRIMARY);
    }
}
