/**
 * Recommendations: the study's words, the group's response (proposed by the secretariat, decided by the group), the
 * lead organisation, the final review and closure, comments, search over recommendations and milestones, and the
 * recommendation page with its milestones, history and process diagrams (its reads in
 * {@link org.mixedmovements.tracker.recommendation.RecommendationDetailService}). Follows its implementation plan
 * through the {@code milestone} feature's events and answers that feature's
 * {@link org.mixedmovements.tracker.milestone.RecommendationDirectory}.
 */
package org.mixedmovements.tracker.recommendation;
