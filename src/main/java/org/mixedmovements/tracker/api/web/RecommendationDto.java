package org.mixedmovements.tracker.api.web;

import java.util.List;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationDetails;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.Scope;

/** A recommendation with the group's response and its lead; its milestones are a list of their own (paged). */
record RecommendationDto(Long id, Long planId, String planCode, String code, String title, String theme,
                         CoordinationLevel level, Scope scope, RecommendationStatus status, Long leadOrganisationId,
                         String leadOrganisationCode, String leadOrganisationName, int approvedMilestones,
                         int progress, String fullText, GroupResponse response, String responseReason,
                         String targetPeriod, Closure closure, String closureReason, List<String> countries,
                         List<String> dependsOn) {

    static RecommendationDto of(RecommendationDetails d) {
        RecommendationSummary s = d.summary();
        return new RecommendationDto(s.id(), s.planId(), d.planCode(), s.code(), s.title(), s.theme(), s.level(),
                s.scope(), s.status(), s.leadOrganisationId(), s.leadOrganisationCode(), d.leadOrganisationName(),
                s.approvedMilestones(), s.progress(), d.fullText(), d.response(), d.responseReason(),
                d.targetPeriod(), d.closure(), d.closureReason(), d.countries(), d.dependsOn());
    }
}
