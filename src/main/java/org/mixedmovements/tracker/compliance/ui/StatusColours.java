package org.mixedmovements.tracker.compliance.ui;

import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * One colour per compliance status, from the Lumo theme (so it follows a dark theme too), for charts, matrix cells
 * and their legend. Colour never carries the meaning alone: each coloured mark has its status in words beside it or
 * in its text alternative.
 */
final class StatusColours {

    private StatusColours() {
    }

    /**
     * A shape per status, so a status reads without its colour (colour blindness, a grey print): the timeline puts it
     * before each milestone's name and its legend beside each colour.
     */
    static String symbol(ComplianceStatus status) {
        return switch (status) {
            case NOT_DUE_YET -> "○";
            case ON_TRACK -> "▶";
            case AT_RISK -> "▲";
            case OVERDUE -> "✖";
            case COMPLETED_ON_TIME -> "✔";
            case COMPLETED_LATE -> "◆";
            case NOT_IMPLEMENTED -> "■";
        };
    }

    /** The strong colour: bars, slices, borders. Null (no milestones) is the neutral track colour. */
    static String strong(ComplianceStatus status) {
        if (status == null) {
            return "var(--lumo-contrast-20pct)";
        }
        return switch (status) {
            case ON_TRACK -> "var(--lumo-success-color)";
            case AT_RISK -> "var(--lumo-warning-color, hsl(43, 100%, 48%))";
            case OVERDUE -> "var(--lumo-error-color)";
            case COMPLETED_ON_TIME -> "var(--lumo-primary-color)";
            case COMPLETED_LATE -> "var(--lumo-primary-color-50pct)";
            case NOT_DUE_YET -> "var(--lumo-contrast-40pct)";
            case NOT_IMPLEMENTED -> "var(--lumo-error-text-color)";
        };
    }

    /** The light colour: the background of a matrix cell. */
    static String light(ComplianceStatus status) {
        if (status == null) {
            return "var(--lumo-contrast-5pct)";
        }
        return switch (status) {
            case ON_TRACK -> "var(--lumo-success-color-10pct)";
            case AT_RISK -> "var(--lumo-warning-color-10pct, hsla(40, 100%, 50%, 0.2))";
            case OVERDUE, NOT_IMPLEMENTED -> "var(--lumo-error-color-10pct)";
            case COMPLETED_ON_TIME, COMPLETED_LATE -> "var(--lumo-primary-color-10pct)";
            case NOT_DUE_YET -> "var(--lumo-contrast-5pct)";
        };
    }

    /** The Lumo badge variant of the status, as the recommendation pages colour it. */
    static String badge(ComplianceStatus status) {
        return switch (status) {
            case OVERDUE, NOT_IMPLEMENTED -> "error";
            case AT_RISK -> "warning";
            case COMPLETED_LATE -> "contrast";
            case ON_TRACK -> "success";
            case COMPLETED_ON_TIME -> "primary";
            case NOT_DUE_YET -> "contrast";
        };
    }
}
