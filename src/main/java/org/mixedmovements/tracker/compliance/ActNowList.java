package org.mixedmovements.tracker.compliance;

import java.util.List;

/** The most urgent open work of a plan, and how many more pieces are open beyond those shown. */
public record ActNowList(List<ActNowRow> rows, long more) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
