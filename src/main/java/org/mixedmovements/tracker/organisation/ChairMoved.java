package org.mixedmovements.tracker.organisation;

/**
 * The chair flag moved to another member organisation. {@code fromCode} is null when no organisation held it; a tie
 * waiting for the chair now waits for the new one.
 */
public record ChairMoved(Long fromOrganisationId, String fromCode, Long toOrganisationId, String toCode) {
}
