package org.mixedmovements.tracker.compliance;

import org.mixedmovements.tracker.recommendation.CoordinationLevel;

/** Which milestones in force a figure or list covers; null fields do not filter. */
public record ComplianceFilter(Long planId, Long recommendationId, String theme, CoordinationLevel level,
                               Long organisationId, String countryIso2) {

    public static ComplianceFilter plan(Long planId) {
        return new ComplianceFilter(planId, null, null, null, null, null);
    }
}
