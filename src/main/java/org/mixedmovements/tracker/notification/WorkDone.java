package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.mixedmovements.tracker.milestone.ImplementationPlanSubmitted;
import org.mixedmovements.tracker.milestone.MilestoneCompleted;
import org.mixedmovements.tracker.milestone.MilestoneOwnerChanged;
import org.mixedmovements.tracker.progressreport.ProgressReportStep;
import org.mixedmovements.tracker.recommendation.LeadNamed;
import org.mixedmovements.tracker.recommendation.RecommendationClosed;
import org.mixedmovements.tracker.workinggroup.DecisionOpened;
import org.mixedmovements.tracker.workinggroup.DecisionTaken;
import org.mixedmovements.tracker.workinggroup.QuorumNotReached;
import org.mixedmovements.tracker.workinggroup.QuorumResolved;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.VoteCast;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.mixedmovements.tracker.meeting.ActionPointDone;

/**
 * Records that the work a notification offered is done ({@code notification.done_at}), on the events that finish it,
 * in their transaction: so "To do" in the Inbox is what the application knows is open, not a guess from the kind or
 * the age. Each notification names its work ({@link Target#workKey()}); an event marks that work's notifications:
 * <ul>
 * <li>a decision taken: every notification of the decision (the vote, the period to object, the consensus to record,
 * the reminders, nudges and extensions, a quorum not reached, a vote task given to someone);</li>
 * <li>an organisation's vote: that decision's calls to vote to the organisation's people;</li>
 * <li>a vote closed without its quorum: every call to vote on it (nobody can vote until it is extended); the
 * secretariat's extension or meeting: the quorum notification;</li>
 * <li>a response proposed (a response decision opened), a lead named, a plan submitted, a milestone completed, a
 * recommendation closed, a progress report submitted: the notifications and tasks about that;</li>
 * <li>a milestone given to another organisation: the previous owner's notifications of it.</li>
 * </ul>
 */
@Component
class WorkDone {

    /** What a vote of the recipient's organisation answers (not the secretariat's quorum or consensus work). */
    static final List<NotificationKind> CALLS_TO_VOTE = List.of(NotificationKind.VOTE_OPENED,
            NotificationKind.OBJECTION_PERIOD_OPENED, NotificationKind.DECISION_CLOSING_SOON,
            NotificationKind.DECISION_NUDGE, NotificationKind.VOTE_EXTENDED, NotificationKind.TASK_ASSIGNED);

    private final JdbcClient jdbc;
    private final Clock clock;

    WorkDone(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(DecisionTaken taken) {
        done(Target.decisionKey(taken.decisionId()));
        done(Target.quorumKey(taken.decisionId()));
    }

    /** The owner organisation marked a meeting's action point done. */
    @EventListener
    void on(ActionPointDone actionPoint) {
        done(Target.actionPointKey(actionPoint.actionPointId()));
    }

    /** A vote closed without its quorum: nobody can vote on it any more (an extension asks them again). */
    @EventListener
    void on(QuorumNotReached missed) {
        jdbc.sql("update notification set done_at = :now where work_key = :work and done_at is null"
                        + " and kind in (:kinds)")
                .param("now", now()).param("work", Target.decisionKey(missed.decisionId()))
                .param("kinds", CALLS_TO_VOTE.stream().map(Enum::name).toList()).update();
    }

    /** The secretariat extended the vote or put it to a meeting: its quorum work is done. */
    @EventListener
    void on(QuorumResolved resolved) {
        done(Target.quorumKey(resolved.decisionId()));
    }

    @EventListener
    void on(VoteCast vote) {
        jdbc.sql("update notification set done_at = :now where work_key = :work and done_at is null"
                        + " and kind in (:kinds) and recipient_id in (select id from app_user"
                        + " where organisation_id = :organisation)")
                .param("now", now()).param("work", Target.decisionKey(vote.decisionId()))
                .param("kinds", CALLS_TO_VOTE.stream().map(Enum::name).toList())
                .param("organisation", vote.organisationId()).update();
    }

    @EventListener
    void on(DecisionOpened opened) {
        if (opened.type() == DecisionType.RESPONSE) {
            done(Target.responseKey(opened.recommendationId()));
        }
    }

    @EventListener
    void on(LeadNamed named) {
        done(Target.leadKey(named.recommendationId()));
    }

    @EventListener
    void on(ImplementationPlanSubmitted submitted) {
        done(Target.planKey(submitted.recommendationId()));
    }

    @EventListener
    void on(MilestoneCompleted completed) {
        done(Target.milestoneKey(completed.milestoneId()));
    }

    @EventListener
    void on(MilestoneOwnerChanged changed) {
        jdbc.sql("update notification set done_at = :now where work_key = :work and done_at is null"
                        + " and recipient_id in (select id from app_user where organisation_id = :previous)")
                .param("now", now()).param("work", Target.milestoneKey(changed.milestoneId()))
                .param("previous", changed.previousOwnerId()).update();
    }

    @EventListener
    void on(ProgressReportStep step) {
        if (step.step() == ProgressReportStep.Step.SUBMITTED) {
            done(Target.progressReportKey(step.reportId()));
        }
    }

    @EventListener
    void on(RecommendationClosed closed) {
        done(Target.finalReviewKey(closed.recommendationId()));
    }

    private void done(String workKey) {
        jdbc.sql("update notification set done_at = :now where work_key = :work and done_at is null")
                .param("now", now()).param("work", workKey).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
