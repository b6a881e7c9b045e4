package org.mixedmovements.tracker.recommendation;

import java.util.List;

/** A recommendation read from an import file, already validated. */
public record ImportedRecommendation(String code, int position, String title, String fullText, String theme,
                                     CoordinationLevel level, Scope scope, List<String> countries,
                                     List<String> dependsOn) {
}
