package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/** The secretariat records the adoption of a recommendation and names the organisation that leads it. */
class AdoptDialog extends Dialog {

    AdoptDialog(RecommendationSummary recommendation, List<Organisation> organisations, Consumer<Organisation> onAdopt) {
        setHeaderTitle(getTranslation("recommendation.adopt-title", recommendation.code()));
        ComboBox<Organisation> lead = new ComboBox<>(getTranslation("recommendation.lead"));
        lead.setId("lead-organisation");
        lead.setItems(organisations);
        lead.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        lead.setRequiredIndicatorVisible(true);
        lead.setWidthFull();
        add(new Paragraph(getTranslation("recommendation.adopt-help")), lead);
        Button confirm = new Button(getTranslation("recommendation.adopt"), e -> {
            if (lead.getValue() == null) {
                lead.setInvalid(true);
                lead.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                onAdopt.accept(lead.getValue());
                close();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        confirm.setId("confirm-adopt");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(32em, 95vw)");
    }
}
