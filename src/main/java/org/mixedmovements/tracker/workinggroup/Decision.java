package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.Wording;
import java.util.Locale;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.mixedmovements.tracker.base.StateConflictException;

/** One decision of the working group, open until its rule settles it. */
@Entity
@Table(name = "wg_decision")
class Decision {

    enum Status { OPEN, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    @Enumerated(EnumType.STRING)
    private DecisionType decisionType;
    private String subjectType;
    private Long subjectId;
    private Long recommendationId;
    private Long ownerOrganisationId;
    @Enumerated(EnumType.STRING)
    private DecisionRule rule;
    private int quorumPercent;
    private Instant closesAt;
    private int reminderDays;
    /** The period ended without the quorum: the secretariat extends it or puts the decision to a meeting. */
    private boolean votingClosed;
    /** The period was extended once (it may not be again). */
    private boolean extended;
    /** The day (plan's zone) the members who had not acted were last nudged. */
    private LocalDate lastNudgedOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String outcomeReason;
    /** The proposal in English, as recorded; all a decision opened before V28 has. */
    private String proposal;
    private String proposalKey;
    private String proposalArgs;
    private Instant openedAt;
    private Instant decidedAt;
    private LocalDate meetingDate;
    private String minutes;
    @Version
    private long version;

    protected Decision() {
    }

    Decision(Long planId, DecisionType type, String subjectType, Long subjectId, Long recommendationId,
             Long ownerOrganisationId, PlanDecisionRules.Setting setting, Wording proposal, Instant now, Instant closesAt) {
        this.planId = planId;
        this.decisionType = type;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.recommendationId = recommendationId;
        this.ownerOrganisationId = ownerOrganisationId;
        this.rule = setting.rule();
        this.quorumPercent = setting.quorumPercent();
        String english = proposal.render(Locale.ENGLISH);
        this.proposal = english.length() <= 4000 ? english : english.substring(0, 3999) + "…";
        this.proposalKey = proposal.key();
        this.proposalArgs = proposal.argumentsJson();
        this.openedAt = now;
        this.closesAt = closesAt;
        this.reminderDays = setting.reminderDays();
        this.status = Status.OPEN;
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new StateConflictException("decision.error.closed");
        }
    }

    void decide(Outcome result, String reason, Instant now) {
        requireOpen();
        this.outcome = result;
        this.outcomeReason = reason;
        this.decidedAt = now;
        this.status = Status.DECIDED;
    }

    /** The period ended: the votes cast are all there will be, unless the secretariat extends it. */
    void closeVoting() {
        requireOpen();
        this.votingClosed = true;
    }

    /** The secretariat gives the members a second period, once, after the quorum was not reached. */
    void extend(Instant newClosesAt) {
        requireOpen();
        if (!votingClosed) {
            throw new StateConflictException("decision.error.not-waiting-for-quorum");
        }
        if (extended) {
            throw new StateConflictException("decision.error.extended-once");
        }
        this.closesAt = newClosesAt;
        this.extended = true;
        this.votingClosed = false;
    }

    /** The secretariat puts a vote without its quorum to a meeting: the meeting's consensus decides. */
    void putToMeeting() {
        requireOpen();
        if (!votingClosed) {
            throw new StateConflictException("decision.error.not-waiting-for-quorum");
        }
        this.rule = DecisionRule.CONSENSUS;
        this.closesAt = null;
        this.votingClosed = false;
    }

    /** Records a nudge of the members who have not acted; once a day (plan's zone). */
    void nudge(LocalDate today) {
        requireOpen();
        if (today.equals(lastNudgedOn)) {
            throw new StateConflictException("decision.error.nudged-today");
        }
        this.lastNudgedOn = today;
    }

    void recordMeeting(LocalDate date, String meetingMinutes) {
        this.meetingDate = date;
        this.minutes = meetingMinutes;
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    DecisionType getDecisionType() {
        return decisionType;
    }

    String getSubjectType() {
        return subjectType;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Long getRecommendationId() {
        return recommendationId;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    DecisionRule getRule() {
        return rule;
    }

    int getQuorumPercent() {
        return quorumPercent;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    int getReminderDays() {
        return reminderDays;
    }

    boolean isVotingClosed() {
        return votingClosed;
    }

    boolean isExtended() {
        return extended;
    }

    LocalDate getLastNudgedOn() {
        return lastNudgedOn;
    }

    Status getStatus() {
        return status;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getOutcomeReason() {
        return outcomeReason;
    }

    /** The proposal, to be read in the reader's language; for a decision opened before V28 its English text. */
    Wording getProposal() {
        return Wording.read(proposalKey, proposalArgs, proposal);
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    String getMinutes() {
        return minutes;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Instant getOpenedAt() {
        return openedAt;
    }
}
