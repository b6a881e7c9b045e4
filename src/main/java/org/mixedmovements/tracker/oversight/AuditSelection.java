package org.mixedmovements.tracker.oversight;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit view's filters, as its link carries them: who (a username), what (an action), which organisation, which
 * recommendation, and a period of days in the reader's time zone (both ends included). A null part does not filter.
 */
public record AuditSelection(String who, String what, Long organisationId, Long recommendationId, LocalDate from,
                             LocalDate to) {

    public static final AuditSelection EVERYTHING = new AuditSelection(null, null, null, null, null, null);

    /** The link's parameters, in a fixed order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, AuditSelections.WHO, who);
        put(parameters, AuditSelections.WHAT, what);
        put(parameters, AuditSelections.ORGANISATION, organisationId);
        put(parameters, AuditSelections.RECOMMENDATION, recommendationId);
        put(parameters, AuditSelections.FROM, from);
        put(parameters, AuditSelections.TO, to);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
