package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new UI: the one the user chose before, else the browser's (the first that the tracker
 * speaks), marks the page with it (html lang), and installs the error handler that turns refusals into messages instead
 * of stack traces.
 */
@Component
class UiLocales implements VaadinServiceInitListener {

    private final LocalePreference preferences;

    UiLocales(LocalePreference preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new UserErrorHandler()));
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.setLocale(CurrentUser.find()
                    .flatMap(user -> preferences.localeOf(user.getUsername()))
                    .orElseGet(() -> browserLanguage(ui.getSession().getLocale())));
            // the page was served in the browser's language; the user's own choice may differ
            LanguageSwitch.markLanguage(ui, ui.getLocale());
        });
    }

    /**
     * The first of the browser's languages that the tracker speaks, else English. A language the user switched to
     * in this session (kept on the session) wins over the browser's.
     */
    private static Locale browserLanguage(Locale sessionLocale) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (sessionLocale != null && Languages.find(sessionLocale).isPresent()
                && request != null && request.getWrappedSession().getAttribute(LanguageSwitch.CHOSEN) != null) {
            return Languages.of(sessionLocale);
        }
        return request == null ? Languages.DEFAULT : Languages.firstSpoken(Collections.list(request.getLocales()));
    }
}
