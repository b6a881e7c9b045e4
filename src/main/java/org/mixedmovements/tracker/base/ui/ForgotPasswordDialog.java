package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.base.security.SignInLinkRequests;

/**
 * "Forgot password?": the person gives their username or e-mail address and is sent a one-time sign-in link. The
 * answer is the same whether or not such an account exists, so the dialog tells nobody who has an account.
 */
class ForgotPasswordDialog extends Dialog {

    static final int MAX_NAME = 200;

    ForgotPasswordDialog(SignInLinkRequests links) {
        setId("forgot-password-dialog");
        setHeaderTitle(getTranslation("login.forgot.title"));
        setMaxWidth("30em");
        Paragraph intro = new Paragraph(getTranslation("login.forgot.intro", SignInLinkRequests.VALID_FOR.toMinutes()));
        TextField name = new TextField(getTranslation("login.forgot.name"));
        name.setId("forgot-name");
        name.setWidthFull();
        name.setMaxLength(MAX_NAME);
        name.setRequired(true);
        Paragraph sent = new Paragraph();
        sent.setId("forgot-sent");
        sent.setVisible(false);
        add(intro, name, sent);
        Button send = new Button(getTranslation("login.forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            links.send(name.getValue().strip());
            name.setInvalid(false);
            sent.setText(getTranslation("login.link-sent"));
            sent.setVisible(true);
            send.setEnabled(false);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
