package org.mixedmovements.tracker.milestone;

import java.util.Set;

/**
 * What an implementation plan needs to know of the recommendation it carries out, as the recommendation module tells
 * it ({@link RecommendationDirectory}): this module never reads a recommendation itself.
 *
 * @param status       its status, as the audit log and messages name it
 * @param draftOpen    whether a draft plan may still be imported (not once the lead submitted one)
 * @param regional     whether regional milestones (without a country) belong to it
 * @param national     whether national milestones (with a country) belong to it
 * @param countries    the countries its national work is for (ISO 3166 alpha-2); empty when any country may be named
 * @param dependsOn    the recommendations of the same plan it depends on (the group's timetable: R6 after R5)
 */
public record PlannedRecommendation(Long id, String code, Long planId, Long leadOrganisationId, String status,
                                    boolean draftOpen,
                                    boolean regional, boolean national, Set<String> countries,
                                    Set<Long> dependsOn) {

    /** The audit log's subject for everything that happens to a recommendation and its plan. */
    public static final String AUDIT_SUBJECT = "recommendation";
}
