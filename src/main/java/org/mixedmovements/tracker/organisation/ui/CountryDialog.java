package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.base.Languages;
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
        FormChecks checks = new FormChecks(this);
        checks.field("iso2", iso2, true);
        FormLayout form = new FormLayout(iso2);
        // a name per language the tracker speaks: English is required, another left empty reads the standard name
        Map<String, TextField> names = new LinkedHashMap<>();
        for (Locale language : Languages.supported()) {
            String tag = language.toLanguageTag();
            boolean original = Languages.DEFAULT.equals(language);
            TextField name = new TextField(getTranslation("admin.country.name-in", Languages.nameInText(language, getLocale())));
            name.setId("country-name-" + tag.toLowerCase(Locale.ROOT));
            if (!original) {
                iso2.addValueChangeListener(e -> standardName(name, e.getValue(), language));
            }
            if (existing != null) {
                name.setValue(existing.names().getOrDefault(tag, ""));
            }
            checks.field(OrganisationAdministration.countryNameField(tag), name, original);
            names.put(tag, name);
            form.add(name);
        }
        if (existing != null) {
            iso2.setValue(existing.getIso2());
            iso2.setReadOnly(true);
        }
        add(form, checks.messages());
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, String> given = new LinkedHashMap<>();
            names.forEach((tag, field) -> given.put(tag, field.getValue()));
            boolean done = checks.run(() -> {
                if (existing == null) {
                    administration.addCountry(iso2.getValue(), given);
                } else {
                    administration.renameCountry(existing.getIso2(), given);
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

    /** Says under a language's field which name an empty field gives: the standard one of the code. */
    private void standardName(TextField name, String iso2, Locale language) {
        String code = iso2 == null ? "" : iso2.strip().toUpperCase(Locale.ROOT);
        name.setHelperText(code.matches("[A-Z]{2}") ? Country.standardName(code, language)
                .map(standard -> getTranslation("admin.country.name-standard", standard)).orElse("") : "");
    }
}
