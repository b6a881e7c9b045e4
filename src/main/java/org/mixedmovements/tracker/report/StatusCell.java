package org.mixedmovements.tracker.report;

import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * A compliance status in a table: its words (what a CSV file and a PDF print) and the status itself, by which the
 * workbook colours the cell as the dashboard does. Null status for none (no milestones).
 */
record StatusCell(String label, ComplianceStatus status) {

    static StatusCell of(ComplianceStatus status, Texts texts) {
        return new StatusCell(texts.of("compliance.", status), status);
    }

    @Override
    public String toString() {
        return label;
    }
}
