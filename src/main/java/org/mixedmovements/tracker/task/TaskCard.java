package org.mixedmovements.tracker.task;

import java.time.Instant;
import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionType;

/**
 * A task as the "my tasks" list shows it. Milestone fields are set for milestone work, the decision type for decision
 * tasks.
 */
public record TaskCard(String taskId, WorkItemKind kind, Long recommendationId, String recommendationCode,
                       String recommendationTitle, String leadOrganisationCode, Long milestoneId,
                       String milestoneName, LocalDate dueDate, ComplianceStatus compliance, int progress,
                       Long decisionId, DecisionType decisionType, Instant created) {

    /** The same card with the recommendation's title and the milestone's name as a reader of another language reads them. */
    TaskCard withTexts(String title, String milestone) {
        return new TaskCard(taskId, kind, recommendationId, recommendationCode, title, leadOrganisationCode, milestoneId,
                milestone, dueDate, compliance, progress, decisionId, decisionType, created);
    }
}
