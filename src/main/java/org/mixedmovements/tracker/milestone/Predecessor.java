package org.mixedmovements.tracker.milestone;

/**
 * A milestone a drafted one waits for: another row of the same draft ({@code row}, counted from 1), or a milestone
 * already in the plan ({@code milestoneId}: one of another recommendation of the same plan). Exactly one is set.
 */
public record Predecessor(Integer row, Long milestoneId) {

    public static Predecessor row(int row) {
        return new Predecessor(row, null);
    }

    public static Predecessor milestone(long milestoneId) {
        return new Predecessor(null, milestoneId);
    }

    public boolean inDraft() {
        return row != null;
    }
}
