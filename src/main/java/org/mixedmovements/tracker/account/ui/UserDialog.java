package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.account.UserAdministration.NewUser;
import org.mixedmovements.tracker.account.UserAdministration.UserChange;
import org.mixedmovements.tracker.account.UserAdministration.UserRow;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;

/** Creates an account (with its initial password) or changes one; the username of an existing account stays. */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final Select<String> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox singleSignOnOnly = new Checkbox();

    /** {@code existing} null for a new account. */
    UserDialog(UserAdministration users, OrganisationService organisations, UserRow existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "admin.user.new" : "admin.user.edit",
                existing == null ? "" : existing.username()));
        setId("user-dialog");
        username.setId("user-username");
        username.setLabel(getTranslation("field.username"));
        username.setHelperText(getTranslation("admin.user.username-help"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("field.displayName"));
        email.setId("user-email");
        email.setLabel(getTranslation("field.email"));
        organisation.setId("user-organisation");
        organisation.setLabel(getTranslation("field.organisation"));
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        role.setId("user-role");
        role.setLabel(getTranslation("field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        language.setId("user-language");
        language.setLabel(getTranslation("field.language"));
        language.setItems(UserAdministration.languages());
        language.setItemLabelGenerator(l -> Languages.name(Locale.forLanguageTag(l), getLocale()));
        password.setId("user-password");
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("admin.password.policy"));
        singleSignOnOnly.setId("user-sso-only");
        singleSignOnOnly.setLabel(getTranslation("admin.user.sso-only"));
        singleSignOnOnly.setHelperText(getTranslation("admin.user.sso-only-help"));
        singleSignOnOnly.addValueChangeListener(e -> {
            password.setEnabled(!e.getValue());
            password.setRequiredIndicatorVisible(!e.getValue());
            if (e.getValue()) {
                password.clear();
            }
        });

        FormLayout form = new FormLayout();
        if (existing == null) {
            language.setValue(Languages.DEFAULT.toLanguageTag());
            form.add(username, displayName, email, organisation, role, language, singleSignOnOnly, password);
        } else {
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            organisation.setValue(organisations.get(existing.organisationId()));
            role.setValue(existing.role());
            // an administrator cannot take the role from themself (the service refuses it too)
            role.setReadOnly(CurrentUser.find().filter(me -> me.id() == existing.id()).isPresent());
            language.setValue(existing.language());
            form.add(displayName, email, organisation, role, language);
        }
        add(form);

        FormChecks checks = new FormChecks(this, () -> existing == null ? users.problemsOf(newUser())
                : users.problemsOf(change()));
        if (existing == null) {
            checks.field("username", username, true);
            checks.field("password", password, true);
        }
        checks.field("displayName", displayName, true);
        checks.field("email", email, false);
        checks.field("organisation", organisation, true);
        checks.field("role", role, true);
        checks.field("language", language, true);
        add(checks.messages());
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean done = checks.run(() -> {
                if (existing == null) {
                    users.create(newUser());
                } else {
                    users.change(existing.id(), change());
                }
            });
            if (done) {
                Messages.showSuccess(this, "admin.saved");
                close();
                saved.run();
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private Long organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().getId();
    }

    private NewUser newUser() {
        return new NewUser(username.getValue(), displayName.getValue(), email.getValue(), organisationId(),
                role.getValue(), language.getValue(), password.getValue(), singleSignOnOnly.getValue());
    }

    private UserChange change() {
        return new UserChange(displayName.getValue(), email.getValue(), organisationId(), role.getValue(),
                language.getValue());
    }
}
