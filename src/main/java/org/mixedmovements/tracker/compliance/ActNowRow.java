package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;

/**
 * One piece of open work on the dashboard's "Who must act now" list: what is awaited, from whom, by when, and where
 * it is done.
 *
 * @param kind               what is awaited
 * @param decisionType       for a decision, what the group decides on (RESPONSE, PLAN, MILESTONE, DEADLINE_CHANGE);
 *                           null otherwise
 * @param recommendationCode the recommendation the work belongs to
 * @param milestoneName      for an overdue milestone, its name; for an overdue action point, its text; null otherwise
 * @param organisations      the names of the organisations that must act; empty when the secretariat must
 * @param date               the last day to act (a vote or an objection period), the missed due date (an overdue
 *                           milestone or a vote closed without its quorum), the day it was opened (a consensus), the
 *                           due date of a progress report; null
 *                           for a plan to draft
 * @param daysLate           days since {@code date} in the plan's time zone: positive when late, else zero or negative
 * @param path               where the work is done, relative to the application ({@code approvals/<id>},
 *                           {@code recommendations/<id>})
 * @param person             for an overdue milestone whose work task was given to a person, that person's name;
 *                           null otherwise
 * @param escalation         for an overdue milestone escalated at its current due date, the latest escalation
 *                           (to the secretariat, to the chair); null otherwise
 * @param meeting            for an overdue action point, the title of the meeting that gave it; null otherwise
 */
public record ActNowRow(Kind kind, String decisionType, String recommendationCode, String milestoneName,
                        List<String> organisations, LocalDate date, long daysLate, String path, String person,
                        DeadlineEventKind escalation, String meeting) {

    /** What is awaited, and from whom. */
    public enum Kind {
        /** Member organisations have not voted yet; {@code date} is the last day. */
        VOTE,
        /** Member organisations may still object; {@code date} is the last day. */
        OBJECTION,
        /** A vote closed without its quorum: the secretariat extends it or takes it to a meeting. */
        QUORUM_MISSED,
        /** Taken by consensus at a meeting: the secretariat puts it on a meeting; {@code date} is when it opened. */
        CONSENSUS,
        /** A milestone past its due date and not completed: its owner organisation must act. */
        OVERDUE,
        /** A recommendation whose lead organisation drafts its implementation plan (again, after a return); no date. */
        PLAN_TO_DRAFT,
        /** A progress report its lead organisation owes for a period that ended; {@code date} is its due date. */
        REPORT_DUE,
        /** An action point of a meeting past its due date and not done: its owner organisation must act. */
        ACTION_POINT
    }
}
