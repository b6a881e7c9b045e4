package org.mixedmovements.tracker.planimport;

import java.util.List;

/**
 * What an import would do, shown before anything is written.
 *
 * @param planExists  whether a plan with that code exists already (it is kept as it is)
 * @param lines       one per recommendation and milestone row, in the files' order
 */
public record ImportPreview(String planCode, String planTitle, boolean planExists, List<Line> lines) {

    public enum LineKind { RECOMMENDATION, MILESTONE }

    /**
     * One row of the files.
     *
     * @param code   the recommendation's code (for a milestone: its recommendation's code)
     * @param detail for a milestone: owner, country and due date as read
     * @param create true when it will be created, false when an existing one is kept as it is
     */
    public record Line(String sheet, int row, LineKind kind, String code, String title, String detail,
                       boolean create) {
    }

    public long count(LineKind kind, boolean create) {
        return lines.stream().filter(l -> l.kind() == kind && l.create() == create).count();
    }
}
