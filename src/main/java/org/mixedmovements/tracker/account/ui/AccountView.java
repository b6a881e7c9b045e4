package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.account.MyAccountService;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.HeaderItem;
import org.mixedmovements.tracker.base.ui.Messages;
import org.springframework.core.annotation.Order;

/**
 * "My account", from the header of every view: the person changes their own password (the current one required),
 * or, after signing in by a one-time link (forgot password), sets a new one; and signs out everywhere (every session
 * of theirs, on every device and node, ends at its next request).
 */
@Route("account")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final MyAccountService account;
    private final AuthenticationContext authentication;

    AccountView(MyAccountService account, AuthenticationContext authentication) {
        this.account = account;
        this.authentication = authentication;
        setId("account-view");
        setMaxWidth("40em");
        add(new H2(getTranslation("account.title")));
        add(passwordForm(account.mustSetNewPassword()), signOutEverywhere());
    }

    private VerticalLayout passwordForm(boolean afterLink) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("password-form");
        form.add(new H3(getTranslation(afterLink ? "account.new-password.title" : "account.password.title")));
        if (afterLink) {
            Paragraph told = new Paragraph(getTranslation("account.new-password.intro"));
            told.setId("new-password-intro");
            form.add(told);
        }
        FormChecks checks = new FormChecks(form);
        PasswordField current = checks.field("currentPassword",
                field("current-password", "account.password.current"), true);
        PasswordField fresh = checks.field("newPassword", field("new-password", "account.password.new"), true);
        fresh.setHelperText(getTranslation("admin.password.policy"));
        PasswordField repeated = checks.field("repeatPassword",
                field("repeat-password", "account.password.repeat"), true);
        if (afterLink) {
            form.add(fresh, repeated);
        } else {
            form.add(current, fresh, repeated);
        }
        Button save = new Button(getTranslation("account.password.save"), e -> {
            boolean saved = checks.run(() -> {
                if (afterLink) {
                    account.setNewPassword(fresh.getValue(), repeated.getValue());
                } else {
                    account.changePassword(current.getValue(), fresh.getValue(), repeated.getValue());
                }
            });
            if (saved) {
                Messages.showSuccess(this, "account.password.done");
                current.clear();
                fresh.clear();
                repeated.clear();
                if (afterLink) {
                    UI.getCurrent().navigate("");
                }
            }
        });
        save.setId("save-own-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(checks.messages(), save);
        return form;
    }

    private PasswordField field(String id, String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private VerticalLayout signOutEverywhere() {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H3(getTranslation("account.everywhere.title")),
                new Paragraph(getTranslation("account.everywhere.intro")));
        Button everywhere = new Button(getTranslation("account.everywhere.action"), VaadinIcon.SIGN_OUT.create(), e -> {
            account.signOutEverywhere();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        part.add(everywhere);
        return part;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.title");
    }

    /** The header's link to "My account", in every view. */
    @SpringComponent
    @Order(50)
    static class Item implements HeaderItem {

        @Override
        public RouterLink create() {
            RouterLink link = new RouterLink("", AccountView.class);
            link.setId("my-account");
            var icon = VaadinIcon.USER.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            link.add(icon);
            link.getElement().setAttribute("aria-label", link.getTranslation("account.title"));
            link.getElement().setAttribute("title", link.getTranslation("account.title"));
            return link;
        }
    }
}
