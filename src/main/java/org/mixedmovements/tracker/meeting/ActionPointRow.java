package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;

/**
 * An action point as the meeting page, the minutes and the owner's My tasks show it.
 *
 * @param overdue past its due date by the plan's deadline calendar (from 00:00 of the next day in the plan's zone)
 *                and not done
 */
public record ActionPointRow(Long id, Long meetingId, String meetingTitle, Long agendaItemId, String text,
                             Long ownerOrganisationId, String ownerCode, String ownerName, LocalDate dueOn,
                             boolean done, boolean overdue) {
}
