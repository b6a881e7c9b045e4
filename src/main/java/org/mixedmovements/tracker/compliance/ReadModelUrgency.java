package org.mixedmovements.tracker.compliance;

import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.workflow.MilestoneUrgency;
import org.springframework.stereotype.Component;

/**
 * The task lists' order by milestone, from the read model: the status and current due date that the task cards show
 * (through {@link ReadModelFigures}) are the ones the lists are sorted by. Joined by primary key.
 */
@Component
class ReadModelUrgency implements MilestoneUrgency {

    private static final String RELATION = "select milestone_id as MILESTONE_ID, case when compliance_status = '"
            + ComplianceStatus.OVERDUE.name() + "' then 1 else 0 end as OVERDUE, current_due as DUE_DATE"
            + " from milestone_compliance";

    @Override
    public String relation() {
        return RELATION;
    }
}
