package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.recommendation.LocalisedText;

/**
 * A plan's text on screen as {@link LocalisedText} says it: the text in a span whose {@code lang} is set when the
 * text's language is not the page's (screen readers), followed by a small badge "(English original)" or
 * "(unofficial translation)" when the reader should know.
 */
public final class LocalisedTexts {

    private LocalisedTexts() {
    }

    /** The text with its marker, if any. */
    public static Span of(LocalisedText text, Locale page) {
        Span words = new Span(text.text());
        if (!Languages.of(page).getLanguage().equals(text.language().getLanguage())) {
            words.getElement().setAttribute("lang", text.languageTag());
        }
        Span holder = new Span(words);
        marker(text, page, holder).ifPresent(holder::add);
        return holder;
    }

    /** The badge that says the text is the original or an unofficial translation, when it is one of these. */
    public static Optional<Span> marker(LocalisedText text, Locale page, Component in) {
        String key = text.original() ? "content.original" : text.unofficial() ? "content.unofficial" : null;
        if (key == null) {
            return Optional.empty();
        }
        Span badge = new Span(in.getTranslation(key, Languages.nameInText(text.language(), Languages.of(page))));
        badge.addClassName(text.original() ? "content-original" : "content-unofficial");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("small");
        badge.getElement().getThemeList().add("contrast");
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
        return Optional.of(badge);
    }
}
