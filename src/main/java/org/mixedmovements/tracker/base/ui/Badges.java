package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for statuses; the colour follows the Lumo badge variants. */
public final class Badges {

    private Badges() {
    }

    /** A badge whose text is the translation of {@code prefix + value}, coloured by the given Lumo variant. */
    public static Span of(Enum<?> value, String prefix, String variant) {
        Span badge = new Span();
        if (value != null) {
            badge.setText(badge.getTranslation(prefix + value.name()));
            badge.getElement().getThemeList().add("badge " + variant);
        }
        return badge;
    }
}
