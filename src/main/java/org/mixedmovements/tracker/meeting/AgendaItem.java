package org.mixedmovements.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * One item of a meeting's agenda: proposed from the plan's open work (it keeps the kind of work, the recommendation,
 * the decision and where it is done, so the page can link to it in any language) or written by the secretariat. What
 * the meeting decided on it is its outcome (free text) and, for a decision taken there, the decision's outcome.
 */
@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    private Long decisionId;
    private String recommendationCode;
    private String detail;
    private String link;
    @Column(name = "item_text")
    private String text;
    private String outcome;
    @Enumerated(EnumType.STRING)
    private Outcome decisionOutcome;

    protected AgendaItem() {
    }

    AgendaItem(AgendaItemKind kind, Long decisionId, String recommendationCode, String detail, String link,
               String text) {
        this.kind = kind;
        this.decisionId = decisionId;
        this.recommendationCode = recommendationCode;
        this.detail = detail;
        this.link = link;
        this.text = text;
    }

    static AgendaItem free(String text) {
        return new AgendaItem(AgendaItemKind.FREE, null, null, null, null, text);
    }

    void record(String outcome, Outcome decisionOutcome) {
        this.outcome = outcome;
        if (decisionOutcome != null) {
            this.decisionOutcome = decisionOutcome;
        }
    }

    /** The decision on the item settled under its rule with the votes recorded at the meeting. */
    void settled(Outcome decisionOutcome) {
        this.decisionOutcome = decisionOutcome;
    }

    boolean isDecided() {
        return decisionOutcome != null;
    }

    AgendaItemView view(int position) {
        return new AgendaItemView(id, position, kind, decisionId, recommendationCode, detail, link, text, outcome,
                decisionOutcome);
    }

    Long getId() {
        return id;
    }

    AgendaItemKind getKind() {
        return kind;
    }

    Long getDecisionId() {
        return decisionId;
    }

    String getRecommendationCode() {
        return recommendationCode;
    }

    String getOutcome() {
        return outcome;
    }
}
