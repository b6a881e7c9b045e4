package org.mixedmovements.tracker.compliance;

import java.util.List;
import java.util.Map;

/**
 * Recommendations of national scope by country: one row per recommendation, one column per country listed by any of
 * them (or holding any of their milestones).
 */
public record NationalMatrix(List<String> countries, List<Row> rows) {

    /** @param cells by country code; a country the recommendation neither lists nor has milestones in is absent */
    public record Row(Long recommendationId, String code, String title, Map<String, MatrixCell> cells) {
    }

    /** No recommendation of national scope in the selection. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Recommendations of national scope, but none lists a country or has a milestone in one (in the selection). */
    public boolean hasNoCountries() {
        return !rows.isEmpty() && countries.isEmpty();
    }
}
