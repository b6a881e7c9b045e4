package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
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
import org.mixedmovements.tracker.base.security.SingleSignOnProviders;
import org.mixedmovements.tracker.base.security.SignInLinkRequests;
import org.mixedmovements.tracker.base.security.ZonePreference;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The only page that needs no login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often a login page opened while the application starts checks whether it is ready. */
    static final int STARTING_POLL_MS = 1500;

    private final LoginForm login = new LoginForm();
    private final ApplicationAvailability availability;
    private final Paragraph starting = new Paragraph();
    private final boolean demo;
    private final ZonePreference zones;
    private final Paragraph told = new Paragraph();

    public LoginView(LocalePreference preferences, Environment environment, ApplicationAvailability availability,
                     SingleSignOnProviders identityProviders, ObjectProvider<SignInLinkRequests> signInLinks,
                     ZonePreference zones) {
        this.availability = availability;
        this.zones = zones;
        this.demo = environment.matchesProfiles("demo");
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        SignInLinkRequests links = signInLinks.getIfAvailable();
        login.setForgotPasswordButtonVisible(links != null);
        if (links != null) {
            login.addForgotPasswordListener(e -> new ForgotPasswordDialog(links).open());
        }
        login.setI18n(i18n());
        told.setId("login-told");
        told.addClassName("login-told");
        told.setVisible(false);
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.getStyle().set("max-width", "28em").set("text-align", "center");
        starting.setId("login-starting");
        starting.getStyle().set("max-width", "28em").set("text-align", "center").set("font-weight", "600")
                .set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))");
        starting.setVisible(false);
        add(title, tagline, starting, told, login, new SingleSignOnButtons(identityProviders),
                new LanguageSwitch(preferences));
        if (demo) {
            add(demoNotice());
        }
    }

    /**
     * Whether the application is ready for people: Spring Boot says so once every start-up step has run (the demo
     * accounts and the demo's work among them). Before that a sign-in could fail for an account that is about to exist.
     */
    private boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /** While the application starts, says so and checks again until it is ready, then hides the message. */
    private void watchStartUp(UI ui) {
        if (ready()) {
            return;
        }
        starting.setText(getTranslation(demo ? "login.starting.demo" : "login.starting"));
        starting.setVisible(true);
        ui.setPollInterval(STARTING_POLL_MS);
        ui.addPollListener(poll -> {
            if (ready() && starting.isVisible()) {
                starting.setVisible(false);
                ui.setPollInterval(-1);
            }
        });
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
        return i18n(false, null, null);
    }

    /** The form's texts; when locked, its error says so, and until when (in the reader's zone) if it knows. */
    private LoginI18n i18n(boolean locked, Instant lockedUntil, ZoneId zone) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(!locked ? getTranslation("login.error.message")
                : lockedUntil == null ? getTranslation("login.locked.message")
                : getTranslation("login.locked.until", Formats.dateTime(lockedUntil, zone), zoneName(zone)));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Instant> lockedUntil = lockedUntil(event.getLocation().getQueryParameters()
                .getSingleParameter("locked").orElse(null));
        boolean locked = parameters.containsKey("locked");
        if (locked) {
            login.setI18n(i18n(true, lockedUntil.orElse(null), zones.defaultTimeZone()));
        }
        lockedUntil.ifPresent(until -> {
            // the person's own zone is their browser's: said again in it as soon as the browser tells it
            event.getUI().getPage().retrieveExtendedClientDetails(details -> zoneOf(details.getTimeZoneId())
                    .ifPresent(zone -> login.setI18n(i18n(true, until, zone))));
        });
        login.setError(locked || parameters.containsKey("error"));
        if (parameters.containsKey("link-sent")) {
            tell("login.link-sent");
        } else if (parameters.containsKey("link-refused")) {
            tell("login.link-refused");
        }
        watchStartUp(event.getUI());
    }

    /** A message above the form (a link was sent, a link was refused). */
    private void tell(String key) {
        told.setText(getTranslation(key));
        told.setVisible(true);
    }

    /** The lock's end as the sign-in filter sent it (epoch seconds); without it the page says "15 minutes". */
    static Optional<Instant> lockedUntil(String parameter) {
        if (parameter == null || parameter.length() > 12 || !parameter.matches("[0-9]+")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(parameter)));
    }

    private static Optional<ZoneId> zoneOf(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static String zoneName(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
