package org.mixedmovements.tracker.recommendation;

import java.time.ZoneId;
import java.util.List;

/**
 * The head of the recommendation page: the study's words, what the group decided and who works on it. Milestones,
 * history and comments are read page by page on their own.
 *
 * @param countries              names of the countries of a national scope, in the reader's language
 * @param supportingOrganisations codes of the organisations that own milestones, other than the lead
 */
public record RecommendationOverview(RecommendationSummary summary, String planCode, String planTitle, ZoneId planZone,
                                     String fullText, List<String> countries, List<String> dependsOn, GroupResponse response,
                                     String responseReason, String targetPeriod, GroupResponse proposedResponse,
                                     String proposedTargetPeriod, Closure closure, String closureReason,
                                     String leadOrganisationName, List<String> supportingOrganisations,
                                     String planRejectionReason, long milestoneCount) {
}
