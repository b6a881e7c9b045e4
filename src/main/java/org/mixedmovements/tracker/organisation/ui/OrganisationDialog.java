package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationAdministration.OrganisationRow;
import org.mixedmovements.tracker.organisation.OrganisationKind;

/** Adds an organisation or changes one's name and kind; the code is fixed once created. */
class OrganisationDialog extends Dialog {

    OrganisationDialog(OrganisationAdministration administration, OrganisationRow existing, Runnable saved) {
        setHeaderTitle(existing == null ? getTranslation("admin.organisation.new")
                : getTranslation("admin.organisation.edit", existing.code()));
        setId("organisation-dialog");
        TextField code = new TextField(getTranslation("field.code"));
        code.setId("organisation-code");
        code.setHelperText(getTranslation("admin.organisation.code-help"));
        TextField name = new TextField(getTranslation("field.name"));
        name.setId("organisation-name");
        Select<OrganisationKind> kind = new Select<>();
        kind.setId("organisation-kind");
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.organisation.kind." + k.name()));
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            kind.setValue(existing.kind());
        }
        FormChecks checks = new FormChecks(this);
        checks.field("code", code, true);
        checks.field("name", name, true);
        checks.field("kind", kind, true);
        add(new FormLayout(code, name, kind), checks.messages());
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean done = checks.run(() -> {
                if (existing == null) {
                    administration.createOrganisation(code.getValue(), name.getValue(), kind.getValue());
                } else {
                    administration.changeOrganisation(existing.id(), name.getValue(), kind.getValue());
                }
            });
            if (done) {
                Messages.showSuccess(this, "admin.saved");
                close();
                saved.run();
            }
        });
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
