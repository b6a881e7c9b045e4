package org.mixedmovements.tracker.recommendation;

import java.util.List;

/** A recommendation carried out country by country (national, or regional and national), with its listed countries. */
public record NationalRecommendation(Long id, String code, String title, String theme, CoordinationLevel level,
                                     List<String> countries) {
}
