package org.mixedmovements.tracker.recommendation;

import java.util.Locale;

/** The secretariat added or changed a translation of a plan's text: copies of pages that show it are stale. */
public record ContentTranslated(String subjectType, Long subjectId, Locale language) {
}
