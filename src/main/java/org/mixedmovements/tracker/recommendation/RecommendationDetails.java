package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.MilestoneRow;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditEntry;

/** Everything the recommendation page shows; times are shown in the plan's time zone. */
public record RecommendationDetails(RecommendationSummary summary, String planCode, String planTitle, ZoneId planZone,
                                    String fullText, GroupResponse response, String responseReason,
                                    String targetPeriod, GroupResponse proposedResponse, String proposedReason,
                                    String proposedTargetPeriod, Closure closure, String closureReason,
                                    String leadOrganisationName,
                                    String planRejectionReason, List<String> countries, List<String> dependsOn,
                                    List<MilestoneRow> milestones, List<AuditEntry> history) {
}
