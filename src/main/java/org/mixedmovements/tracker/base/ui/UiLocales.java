package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new UI: the one the user chose before, else the browser's (English or Spanish), and
 * installs the error handler that turns refusals into messages instead of stack traces.
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
                    .orElseGet(() -> LanguageSwitch.matching(ui.getLocale())));
        });
    }
}
