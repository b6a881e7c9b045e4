package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;

/** Adds a country by its ISO 3166-1 alpha-2 code, or renames one; the codes of a country stay. */
class CountryDialog extends Dialog {

    CountryDialog(OrganisationAdministration administration, Country existing, Runnable saved) {
        setHeaderTitle(existing == null ? getTranslation("admin.country.new")
                : getTranslation("admin.country.edit", existing.getIso2()));
        setId("country-dialog");
        TextField iso2 = new TextField(getTranslation("field.iso2"));
        iso2.setId("country-iso2");
        iso2.setMaxLength(2);
        iso2.setHelperText(getTranslation("admin.country.iso2-help"));
        TextField nameEn = new TextField(getTranslation("field.nameEn"));
        nameEn.setId("country-name-en");
        TextField nameEs = new TextField(getTranslation("field.nameEs"));
        nameEs.setId("country-name-es");
        if (existing != null) {
            iso2.setValue(existing.getIso2());
            iso2.setReadOnly(true);
            nameEn.setValue(existing.getNameEn());
            nameEs.setValue(existing.getNameEs());
        }
        FormChecks checks = new FormChecks(this);
        checks.field("iso2", iso2, true);
        checks.field("nameEn", nameEn, true);
        checks.field("nameEs", nameEs, true);
        add(new FormLayout(iso2, nameEn, nameEs), checks.messages());
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean done = checks.run(() -> {
                if (existing == null) {
                    administration.addCountry(iso2.getValue(), nameEn.getValue(), nameEs.getValue());
                } else {
                    administration.renameCountry(existing.getIso2(), nameEn.getValue(), nameEs.getValue());
                }
            });
            if (done) {
                Messages.showSuccess(this, "admin.saved");
                close();
                saved.run();
            }
        });
        save.setId("save-country");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
