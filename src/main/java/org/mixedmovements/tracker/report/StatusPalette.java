package org.mixedmovements.tracker.report;

import java.awt.Color;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The statuses' colours in the files: the light theme's colours of the dashboard ({@code compliance.ui.StatusColours}),
 * so a status has one colour on screen, in the PDF's charts and in the workbook's cells.
 */
final class StatusPalette {

    private static final Color NONE = new Color(0xD5, 0xDA, 0xE0);

    private StatusPalette() {
    }

    /** The strong colour: bars, slices, lines. Null (no milestones) is the neutral grey. */
    static Color strong(ComplianceStatus status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case ON_TRACK -> new Color(21, 132, 67);
            case AT_RISK -> new Color(245, 175, 0);
            case OVERDUE -> new Color(226, 29, 18);
            case COMPLETED_ON_TIME -> new Color(0, 106, 245);
            case COMPLETED_LATE -> new Color(128, 181, 250);
            case NOT_DUE_YET -> new Color(150, 158, 168);
            case NOT_IMPLEMENTED -> new Color(203, 26, 13);
        };
    }

    /** The light colour, a cell's background under black text: the strong colour at a fifth, on white. */
    static Color light(ComplianceStatus status) {
        Color strong = strong(status);
        return new Color(tint(strong.getRed()), tint(strong.getGreen()), tint(strong.getBlue()));
    }

    private static int tint(int channel) {
        return 255 - (255 - channel) / 5;
    }
}
