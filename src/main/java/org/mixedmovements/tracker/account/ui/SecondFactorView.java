package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.account.SecondFactorService;
import org.mixedmovements.tracker.account.SecondFactorService.Enrolment;
import org.mixedmovements.tracker.base.security.SecondFactorGate;
import org.mixedmovements.tracker.base.ui.FormChecks;

/**
 * An administrator's second step after the password: the code of their authenticator app. Without a second factor
 * yet, the page first sets one up (the secret to type into the app, or its otpauth address; the first code confirms
 * it). After five wrong codes the person is signed out and starts again from the password.
 */
@Route(value = SecondFactorGate.ROUTE, autoLayout = false)
@StyleSheet("context://styles/sign-in.css")
@RolesAllowed(SecondFactorGate.PENDING_ROLE)
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_WRONG_CODES = 5;

    private int wrongCodes;

    SecondFactorView(SecondFactorService secondFactors, AuthenticationContext authentication) {
        addClassName("second-factor-view");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        boolean enrolled = secondFactors.enrolled();
        H1 title = new H1(getTranslation(enrolled ? "second-factor.title" : "second-factor.setup.title"));
        title.addClassName("second-factor-title");
        add(title);
        if (enrolled) {
            add(narrow(new Paragraph(getTranslation("second-factor.intro"))));
        } else {
            Enrolment enrolment = secondFactors.startEnrolment();
            add(narrow(new Paragraph(getTranslation("second-factor.setup.intro"))));
            Span secret = new Span(enrolment.secret());
            secret.setId("second-factor-secret");
            secret.addClassName("second-factor-secret");
            add(narrow(new Paragraph(getTranslation("second-factor.setup.secret"))), secret);
            Anchor uri = new Anchor(enrolment.uri(), getTranslation("second-factor.setup.uri"));
            uri.setId("second-factor-uri");
            Span address = new Span(enrolment.uri());
            address.addClassName("second-factor-uri");
            add(narrow(new Paragraph(uri)), narrow(new Paragraph(address)),
                    narrow(new Paragraph(getTranslation("second-factor.setup.confirm"))));
        }
        TextField code = new TextField(getTranslation("second-factor.code"));
        code.setId("second-factor-code");
        code.setAllowedCharPattern("[\\d\\s]");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        FormChecks checks = new FormChecks(this);
        checks.field("code", code, true);
        Button verify = new Button(getTranslation(enrolled ? "second-factor.verify" : "second-factor.setup.finish"), e -> {
            if (checks.run(() -> secondFactors.verify(code.getValue()))) {
                // the whole page again: the next requests run as the administrator
                UI.getCurrent().getPage().setLocation(".");
            } else if (++wrongCodes >= MAX_WRONG_CODES) {
                authentication.logout();
            } else {
                code.clear();
                code.focus();
            }
        });
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button signOut = new Button(getTranslation("second-factor.sign-out"), e -> authentication.logout());
        signOut.setId("second-factor-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(code, checks.messages(), new HorizontalLayout(signOut, verify));
        code.focus();
    }

    private static <T extends com.vaadin.flow.component.HasStyle> T narrow(T component) {
        component.addClassName("second-factor-text");
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " | " + getTranslation("app.title");
    }
}
