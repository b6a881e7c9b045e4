package org.mixedmovements.tracker.compliance;

import java.util.List;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;

/** The values the dashboard's filters offer for a plan. */
public record FilterChoices(List<Plan> plans, List<String> themes, List<CoordinationLevel> levels,
                            List<Organisation> organisations, List<Country> countries) {
}
