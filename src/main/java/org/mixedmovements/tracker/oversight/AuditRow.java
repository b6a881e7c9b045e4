package org.mixedmovements.tracker.oversight;

import org.mixedmovements.tracker.audit.AuditDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;

/**
 * One entry of the audit log as the audit view and its export show it.
 *
 * @param organisationCode   the acting person's organisation (null for the system)
 * @param summary            the English text recorded with the entry
 * @param details            what the entry says, for each reader's language (null for an entry recorded before V26)
 * @param recommendationCode the recommendation the entry is about, if it is about one
 * @param decision           for an entry about a decision of the working group: the decision as recorded
 * @param recused            the organisation that did not vote on that decision because it owns what was decided
 * @param milestones         for an approved plan put in force: its milestones with the due dates approved
 */
public record AuditRow(Long id, Instant occurredAt, String actor, String organisationCode, String action,
                       String summary, AuditDetails details, String recommendationCode, DecisionSummary decision, String recused,
                       List<ApprovedMilestone> milestones) {

    /** A milestone of an approved plan: its name, owner and the due date the group approved (its baseline). */
    public record ApprovedMilestone(String name, String ownerCode, LocalDate approvedDue) {
    }
}
