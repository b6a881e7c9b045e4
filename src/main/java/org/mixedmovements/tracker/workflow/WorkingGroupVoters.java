package org.mixedmovements.tracker.workflow;

import java.util.Date;
import java.util.List;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.stereotype.Component;

/**
 * What the decision process asks about a decision: whose vote tasks to create, whether it is settled or tied, when
 * the no-objection period ends, and the chair's group. The rules themselves live in the working-group feature.
 */
@Component("workingGroupVoters")
public class WorkingGroupVoters {

    private final WorkingGroupDecisions decisions;
    private final OrganisationService organisations;

    WorkingGroupVoters(WorkingGroupDecisions decisions, OrganisationService organisations) {
        this.decisions = decisions;
        this.organisations = organisations;
    }

    public List<String> groups(Long decisionId) {
        return decisions.voterCodes(decisionId).stream().map(WorkGroups::member).toList();
    }

    public boolean settled(Long decisionId) {
        return decisions.isSettled(decisionId);
    }

    public boolean tie(Long decisionId) {
        return decisions.isTie(decisionId);
    }

    public Date objectionDeadline(Long decisionId) {
        return Date.from(decisions.objectionDeadline(decisionId));
    }

    public String chairGroup() {
        return organisations.chair().map(Organisation::getCode).map(WorkGroups::member).orElse(WorkGroups.SECRETARIAT);
    }
}
