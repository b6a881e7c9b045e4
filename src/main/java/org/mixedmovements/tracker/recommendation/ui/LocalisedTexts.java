package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.recommendation.LocalisedText;

/**
 * A plan's text on screen as {@link LocalisedText} says it: the text in a span whose {@code lang} is set when the
 * text's language is not the page's (screen readers), followed by a small badge "(English original)", "(Spanish
 * original)" (the plan's own language) or "(unofficial translation)" when the reader should know.
 */
public final class LocalisedTexts {

    private LocalisedTexts() {
    }

    /** The text with its marker, if any. */
    public static Span of(LocalisedText text, Locale page) {
        Span holder = new Span(plain(text, page));
        marker(text, page, holder).ifPresent(holder::add);
        return holder;
    }

    /**
     * The text alone, with its {@code lang} when it is not the page's: for a list, where a badge on every row would
     * drown the texts (the list says it once above, {@link #listNote}).
     */
    public static Span plain(LocalisedText text, Locale page) {
        Span words = new Span(text.text());
        if (!Languages.of(page).getLanguage().equals(text.language().getLanguage())) {
            words.getElement().setAttribute("lang", text.languageTag());
        }
        return words;
    }

    /**
     * What a list of plan texts says once, above it: that texts without a translation are in the original language,
     * and that the translations shown are unofficial, each when some text shown is so; empty when neither is.
     */
    public static Optional<Paragraph> listNote(Collection<LocalisedText> shown, Locale page, Component in) {
        List<String> said = new ArrayList<>();
        // plans of several languages may share the list: each original language is named once
        String originals = shown.stream().filter(LocalisedText::original).map(t -> t.language().getLanguage()).distinct()
                .map(l -> Languages.nameInText(Locale.forLanguageTag(l), Languages.of(page)))
                .collect(Collectors.joining(", "));
        if (!originals.isEmpty()) {
            said.add(in.getTranslation("content.list.original", originals));
        }
        if (shown.stream().anyMatch(t -> !t.original() && t.unofficial())) {
            said.add(in.getTranslation("content.list.unofficial"));
        }
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(String.join(" ", said));
        note.setId("content-note");
        note.addClassName("content-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        return Optional.of(note);
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
