package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserAdministration.UserRow;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;

/** Sets a new password for an account; the administrator hands it over out of band. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserAdministration users, UserRow user, Runnable saved) {
        setHeaderTitle(getTranslation("admin.user.reset-password-of", user.username()));
        setId("password-dialog");
        PasswordField password = new PasswordField(getTranslation("field.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("admin.password.policy"));
        password.setWidthFull();
        FormChecks checks = new FormChecks(this);
        checks.field("password", password, true);
        add(password, checks.messages());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (checks.run(() -> users.resetPassword(user.id(), password.getValue()))) {
                Messages.showSuccess(this, "admin.user.password-done", user.username());
                close();
                saved.run();
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
