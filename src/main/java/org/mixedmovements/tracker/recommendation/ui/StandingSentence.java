package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.recommendation.RecommendationStanding;
import org.mixedmovements.tracker.recommendation.RecommendationStanding.OpenDecision;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;

/**
 * The plain sentence above the process diagram: where the recommendation stands and who acts next, in the reader's
 * language (an open decision of the group with its tally and last day, the lead drafting its plan, the milestones and
 * the one due next).
 */
class StandingSentence extends Paragraph {

    StandingSentence(RecommendationStanding standing) {
        setId("process-standing");
        setText(String.join(" ", sentences(standing)));
        // before the agenda the diagram's own place already says when the process starts
        setVisible(!getText().isEmpty());
    }

    private List<String> sentences(RecommendationStanding s) {
        List<String> said = new ArrayList<>();
        RecommendationStatus status = s.status();
        boolean deciding = !s.decisions().isEmpty();
        switch (status) {
            case NEW -> {
            }
            case ON_AGENDA -> {
                if (!deciding) {
                    said.add(getTranslation("detail.stands.ON_AGENDA"));
                }
            }
            case PLANNING -> said.add(getTranslation("detail.stands.PLANNING", lead(s)));
            case PLAN_SUBMITTED -> {
                if (!deciding) {
                    said.add(getTranslation("detail.stands.PLAN_SUBMITTED", lead(s)));
                }
            }
            case IN_IMPLEMENTATION -> {
                said.add(getTranslation("detail.stands.IN_IMPLEMENTATION", s.milestonesCompleted(), s.milestones()));
                if (s.next() != null) {
                    said.add(getTranslation("detail.stands.next-milestone", s.next().name(),
                            Formats.date(s.next().due()), s.next().ownerCode()));
                }
            }
            case IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED ->
                    said.add(getTranslation("detail.stands.closed", getTranslation("status." + status.name())));
            default -> said.add(getTranslation("detail.stands." + status.name()));
        }
        s.decisions().forEach(d -> said.add(decision(d)));
        return said;
    }

    private String lead(RecommendationStanding s) {
        return s.leadName() == null ? getTranslation("detail.stands.the-lead") : s.leadName();
    }

    private String decision(OpenDecision d) {
        String subject = getTranslation("detail.stands.subject." + d.type().name(),
                d.milestoneName() == null ? "" : d.milestoneName());
        String closes = d.lastDay() == null ? "" : Formats.date(d.lastDay());
        if (d.quorumMissed()) {
            return getTranslation("detail.stands.quorum-missed", subject);
        }
        if (d.tie()) {
            return getTranslation("detail.stands.tie", subject);
        }
        String key = switch (d.rule()) {
            case MAJORITY -> "detail.stands.vote";
            case NO_OBJECTION -> "detail.stands.no-objection";
            case CONSENSUS -> "detail.stands.consensus";
        };
        if (d.lastDay() != null && !"detail.stands.consensus".equals(key)) {
            key += "-closes";
        }
        return getTranslation(key, subject, d.cast(), d.eligible(), closes);
    }
}
