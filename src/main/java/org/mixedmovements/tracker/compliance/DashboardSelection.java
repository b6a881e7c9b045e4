package org.mixedmovements.tracker.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;

/**
 * What a dashboard shows, as read from its link: a plan and optional filters by theme, coordination level, owner
 * organisation and country ({@link #REGIONAL} for milestones without one). Values the link asked for that are not
 * known are left out and listed in {@code ignored}, so the page can say so.
 *
 * @param plan null only when no plan has been loaded yet
 */
public record DashboardSelection(Plan plan, String theme, CoordinationLevel level, Organisation organisation,
                                 String country, List<Ignored> ignored) {

    public static final String PLAN = "plan";
    public static final String THEME = "theme";
    public static final String LEVEL = "level";
    public static final String ORGANISATION = "org";
    public static final String COUNTRY = "country";
    /** The country filter value for milestones without a country. */
    public static final String REGIONAL = "REGIONAL";
    /** The link's parameters, in the order a link writes them. */
    public static final List<String> PARAMETERS = List.of(PLAN, THEME, LEVEL, ORGANISATION, COUNTRY);

    /** A value of the link that was not used: the parameter's name and the value as written. */
    public record Ignored(String parameter, String value) {
    }

    public ComplianceFilter filter() {
        return new ComplianceFilter(plan == null ? null : plan.getId(), null, theme, level,
                organisation == null ? null : organisation.getId(), country);
    }

    /** The link's parameters for this selection, each known value once, in the canonical spelling. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (plan != null) {
            parameters.put(PLAN, String.valueOf(plan.getId()));
        }
        if (theme != null) {
            parameters.put(THEME, theme);
        }
        if (level != null) {
            parameters.put(LEVEL, level.name());
        }
        if (organisation != null) {
            parameters.put(ORGANISATION, organisation.getCode());
        }
        if (country != null) {
            parameters.put(COUNTRY, country);
        }
        return parameters;
    }

    /** Whether any filter beside the plan is set. */
    public boolean isFiltered() {
        return theme != null || level != null || organisation != null || country != null;
    }
}
