package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * An agenda item as the meeting page, the invitation and the minutes show it.
 *
 * @param detail    for an overdue milestone its name, for a decision its type (RESPONSE, PLAN, ...); null otherwise
 * @param link      where the work is done, relative to the application; null for a free item
 * @param text      the secretariat's words for a free item; null otherwise
 * @param outcome   what the meeting said or decided on it; null until recorded
 */
public record AgendaItemView(Long id, int position, AgendaItemKind kind, Long decisionId, String recommendationCode,
                             String detail, String link, String text, String outcome, Outcome decisionOutcome) {

    /** Reads a text of the translation bundles in some language: the page's, or the minutes'. */
    @FunctionalInterface
    public interface Words {
        String text(String key, Object... arguments);
    }

    /**
     * The item in words, the same on the page, in the invitation's pack and in the minutes: a proposed item as "who
     * must act now" says it, a free item as the secretariat wrote it.
     */
    public String title(Words words) {
        return switch (kind) {
            case FREE -> text;
            case ACTION_POINT -> words.text("meetings.item.ACTION_POINT", detail);
            case OVERDUE -> words.text("dashboard.act-now.what.OVERDUE", recommendationCode, detail);
            case PLAN_TO_DRAFT, REPORT_DUE -> words.text("dashboard.act-now.what." + kind.name(), recommendationCode);
            default -> words.text("dashboard.act-now.what." + kind.name(),
                    words.text("dashboard.act-now.subject." + detail, recommendationCode));
        };
    }

    /** A decision the meeting may take itself and has not taken yet. */
    public boolean decidable() {
        return kind.decidedHere() && decisionId != null && decisionOutcome == null;
    }

    /** A decision waiting for the members' votes, whose votes the meeting may record until it is settled. */
    public boolean votable() {
        return kind.votedOn() && decisionId != null && decisionOutcome == null;
    }
}
