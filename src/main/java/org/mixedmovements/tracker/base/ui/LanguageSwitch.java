package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.LocalePreference;

/**
 * The tracker's languages ({@link Languages}), each named in itself; the choice applies at once, without reloading the
 * page, and, for a signed-in user, is remembered.
 */
class LanguageSwitch extends Composite<Select<Locale>> {

    /** Session attribute set once the user picked a language in this session. */
    static final String CHOSEN = "tracker-language-chosen";

    LanguageSwitch(LocalePreference preferences) {
        Select<Locale> select = getContent();
        select.setItems(Languages.supported());
        select.setItemLabelGenerator(Languages::ownName);
        select.setAriaLabel(getTranslation("language.label"));
        select.setValue(UI.getCurrent() == null ? Languages.DEFAULT : Languages.of(UI.getCurrent().getLocale()));
        select.setWidth("9em");
        select.setId("language-switch");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                VaadinSession.getCurrent().getSession().setAttribute(CHOSEN, Boolean.TRUE);
                CurrentUser.find().ifPresent(user -> preferences.remember(user.getUsername(), event.getValue()));
                // the page is built again in the new language without reloading it: the route and its layout are
                // created anew (the header with this switch too), the browser keeps its place and its connection
                UI ui = UI.getCurrent();
                markLanguage(ui, event.getValue());
                ui.refreshCurrentRoute(true);
            }
        });
    }

    /** Tells the browser (and a screen reader's voice) the page's language: the lang attribute of its html element. */
    static void markLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}
