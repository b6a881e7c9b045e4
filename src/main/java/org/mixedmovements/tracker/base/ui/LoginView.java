package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mixedmovements.tracker.base.security.LocalePreference;

/** The only page that needs no login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(LocalePreference preferences, Environment environment) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.getStyle().set("max-width", "28em").set("text-align", "center");
        add(title, tagline, login, new LanguageSwitch(preferences));
        if (environment.matchesProfiles("demo")) {
            add(demoNotice());
        }
    }

    /** In the demo profile only: the data is demo data, and who to sign in as. */
    private Component demoNotice() {
        Paragraph notice = new Paragraph(getTranslation("login.demo"));
        notice.setId("demo-notice");
        notice.getStyle().set("max-width", "28em").set("text-align", "center")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("padding", "var(--lumo-space-s)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return notice;
    }

    private LoginI18n i18n() {
        return i18n(false);
    }

    /** The form's texts; when locked, its error says so (after repeated failures, for 15 minutes). */
    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        if (locked) {
            login.setI18n(i18n(true));
        }
        login.setError(locked || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
