package org.mixedmovements.tracker.oversight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * An audit entry in words, in the reader's language: what was done, and the state of a decision or an approved plan
 * at the time. One place for the audit view and its CSV export, so both say the same.
 */
public final class AuditWords {

    /** The entries that settle a decision: they show its votes and outcome; the others about it only its rule. */
    private static final Set<String> SETTLING = Set.of("DECISION_TAKEN", "CONSENSUS_RECORDED", "CHAIR_DECIDED");

    private final Locale locale;

    public AuditWords(Locale locale) {
        this.locale = locale;
    }

    /** What was done; an action recorded by a feature newer than the bundles reads as its code. */
    public String action(String action) {
        return Translations.find(locale, "audit." + action).orElse(action);
    }

    /**
     * What the entry says, in the reader's language; an entry recorded before details had keys shows its English
     * text, marked as recorded (see {@link AuditDetails#describe}).
     */
    public String details(AuditRow row) {
        return AuditDetails.describe(row.details(), row.summary(), locale);
    }

    /** Who acted, with their organisation; "the system" for the processes' own steps. */
    public String who(AuditRow row) {
        if (row.organisationCode() == null) {
            return CurrentUser.SYSTEM.equals(row.actor()) ? text("audit-view.system") : row.actor();
        }
        return text("detail.history.who-of", row.actor(), row.organisationCode());
    }

    /**
     * Whether {@link #state} says all the recorded summary says, in the reader's language: a decision settled (its
     * summary was written in English with the rule's and the outcome's codes).
     */
    public boolean stateReplacesSummary(AuditRow row) {
        return row.decision() != null && SETTLING.contains(row.action());
    }

    /** The state at the time, one sentence a line; empty when the entry is about no decision or approved plan. */
    public List<String> state(AuditRow row) {
        List<String> lines = new ArrayList<>();
        DecisionSummary d = row.decision();
        if (d != null) {
            lines.add(text("audit-view.decision", text("decision.type." + d.type().name())));
            lines.add(rule(d));
            if (SETTLING.contains(row.action())) {
                lines.addAll(votes(d));
                if (row.recused() != null) {
                    lines.add(text("audit-view.decision.recused", row.recused()));
                }
                lines.add(d.outcome() == null ? text("audit-view.decision.still-open")
                        : text("audit-view.decision.outcome", text("outcome." + d.outcome().name())));
                if (d.outcomeReason() != null && !d.outcomeReason().isBlank()) {
                    lines.add(text("audit-view.decision.reasons", d.outcomeReason()));
                }
            }
        }
        if (!row.milestones().isEmpty()) {
            lines.add(text("audit-view.plan-milestones", row.milestones().stream()
                    .map(m -> text("approvals.milestone-line", m.name(), m.ownerCode(), date(m.approvedDue())))
                    .collect(Collectors.joining("; "))));
        }
        return lines;
    }

    private String rule(DecisionSummary d) {
        if (d.rule() == DecisionRule.MAJORITY) {
            return text("audit-view.decision.majority", d.quorum(), d.eligible());
        }
        if (d.rule() == DecisionRule.NO_OBJECTION) {
            return text("audit-view.decision.no-objection", date(d.lastDay()));
        }
        return d.meetingDate() == null ? text("audit-view.decision.consensus")
                : text("audit-view.decision.consensus") + " " + text("audit-view.decision.meeting", date(d.meetingDate()));
    }

    private List<String> votes(DecisionSummary d) {
        if (d.rule() == DecisionRule.CONSENSUS) {
            return List.of();
        }
        if (d.votes().isEmpty()) {
            return List.of(text("audit-view.decision.no-votes"));
        }
        long approvals = d.votes().stream().filter(v -> !v.casting() && v.choice() == VoteChoice.APPROVE).count();
        long rejections = d.votes().stream().filter(v -> !v.casting() && v.choice() == VoteChoice.REJECT).count();
        String who = d.votes().stream()
                .map(v -> text(v.casting() ? "approvals.casting-vote-line" : "approvals.vote-line",
                        v.organisationCode(), text("vote." + v.choice().name())))
                .collect(Collectors.joining("; "));
        return List.of(text("audit-view.decision.tally", approvals, rejections),
                text("audit-view.decision.votes", who));
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String text(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }
}
