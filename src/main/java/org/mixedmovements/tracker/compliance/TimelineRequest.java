package org.mixedmovements.tracker.compliance;

/**
 * What the timeline should show: the plan, optional filters (theme, owner organisation), the period
 * ({@link TimelineWindow#period()}; null for the year holding today) and the page of recommendations (from 0).
 */
public record TimelineRequest(Long planId, String theme, Long organisationId, String period, int page) {
}
