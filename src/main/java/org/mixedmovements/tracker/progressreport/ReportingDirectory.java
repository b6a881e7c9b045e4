package org.mixedmovements.tracker.progressreport;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which progress reports learn about recommendations; the recommendation module implements it, so
 * the dependency runs from recommendations to their reports and never back.
 */
public interface ReportingDirectory {

    /** The recommendation, or {@code NotFoundException}. */
    ReportedRecommendation reported(Long recommendationId);

    /** The recommendations found among the ids, by id. */
    Map<Long, ReportedRecommendation> reported(Collection<Long> recommendationIds);

    /** Every recommendation of every plan whose implementation plan is in force (its lead reports on it). */
    List<ReportedRecommendation> inImplementation();
}
