package org.mixedmovements.tracker.recommendation;

import java.util.List;
import org.mixedmovements.tracker.audit.AuditEntry;

/** Everything the recommendation page shows. */
public record RecommendationDetails(RecommendationSummary summary, String planCode, String planTitle,
                                    String fullText, GroupResponse response, String leadOrganisationName,
                                    String planRejectionReason, List<String> countries, List<String> dependsOn,
                                    List<MilestoneRow> milestones, List<AuditEntry> history) {
}
