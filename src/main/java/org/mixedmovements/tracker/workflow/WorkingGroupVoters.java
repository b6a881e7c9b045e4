package org.mixedmovements.tracker.workflow;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.stereotype.Component;

/**
 * What the decision process asks about a decision: whose vote tasks to create, whether it is settled or tied, when
 * its period closes and when the members who have not acted are reminded, and the chair's group. The rules
 * themselves live in the working-group feature.
 */
@Component("workingGroupVoters")
public class WorkingGroupVoters {

    private static final Duration NO_REMINDER_AFTER_CLOSING = Duration.ofDays(1);

    private final WorkingGroupDecisions decisions;
    private final OrganisationService organisations;

    WorkingGroupVoters(WorkingGroupDecisions decisions, OrganisationService organisations) {
        this.decisions = decisions;
        this.organisations = organisations;
    }

    /** One vote task per voting organisation that has not acted (all of them when the period opens). */
    public List<String> groups(Long decisionId) {
        return decisions.awaitingCodes(decisionId).stream().map(WorkGroups::member).toList();
    }

    public boolean settled(Long decisionId) {
        return decisions.isSettled(decisionId);
    }

    public boolean tie(Long decisionId) {
        return decisions.isTie(decisionId);
    }

    /** When the vote or the no-objection period closes. */
    public Date closingDate(Long decisionId) {
        return Date.from(decisions.closesAt(decisionId));
    }

    /**
     * When the members who have not acted are reminded. A period without a reminder gets a moment after its closing:
     * the closing timer, which interrupts the vote tasks, removes the reminder's timer before it is due.
     */
    public Date reminderDate(Long decisionId) {
        return Date.from(decisions.reminderAt(decisionId)
                .orElseGet(() -> decisions.closesAt(decisionId).plus(NO_REMINDER_AFTER_CLOSING)));
    }

    public String chairGroup() {
        return organisations.chair().map(Organisation::getCode).map(WorkGroups::member).orElse(WorkGroups.SECRETARIAT);
    }
}
