package org.mixedmovements.tracker.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recommendation's implementation plan: the lead drafts and submits its milestones, the working group decides on
 * it, and milestone owners report their progress. Every refusal says what is wrong and saves nothing.
 */
@Service
@Transactional(readOnly = true)
public class ImplementationPlanService {

    static final int MAX_MILESTONES = 100;
    static final int MAX_NAME = 300;
    static final int MAX_REASON = 4000;

    private final RecommendationService recommendations;
    private final RecommendationRepository recommendationRepository;
    private final MilestoneRepository milestones;
    private final OrganisationService organisations;
    private final MilestoneViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImplementationPlanService(RecommendationService recommendations, RecommendationRepository recommendationRepository,
                              MilestoneRepository milestones, OrganisationService organisations, MilestoneViews views,
                              AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.recommendations = recommendations;
        this.recommendationRepository = recommendationRepository;
        this.milestones = milestones;
        this.organisations = organisations;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The milestones the lead proposed last (after a rejection, the ones that were sent back). */
    public List<MilestoneDraft> currentDraft(Long recommendationId) {
        return milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.PROPOSED).stream().map(Milestone::toDraft).toList();
    }

    /** The lead organisation's focal point submits the plan: it replaces any earlier draft and goes to the group. */
    @Transactional
    public void submit(Long recommendationId, List<MilestoneDraft> drafts) {
        TrackerUser user = CurrentUser.require();
        Recommendation r = recommendations.get(recommendationId);
        if (!user.belongsTo(r.getLeadOrganisationId())) {
            throw new NotPermittedException("plan.error.not-lead", r.getCode());
        }
        Plan plan = views.planOf(r);
        LocalDate today = views.today(plan);
        validate(drafts, today);
        milestones.deleteByRecommendationIdAndState(recommendationId, MilestoneState.PROPOSED);
        milestones.flush();
        drafts.forEach(d -> milestones.save(new Milestone(recommendationId, d, today, clock.instant())));
        r.planSubmitted();
        recommendationRepository.save(r);
        audit.record("PLAN_SUBMITTED", RecommendationService.SUBJECT, recommendationId,
                "Implementation plan submitted with " + drafts.size() + " milestone(s)", describe(drafts));
    }

    /**
     * A working-group member's decision on a submitted plan. Only voting members may decide, and never on a plan
     * their own organisation leads; a rejection needs a reason.
     */
    @Transactional
    public void recordDecision(Long recommendationId, boolean approved, String reason) {
        TrackerUser user = CurrentUser.requireAny(Role.WG_MEMBER);
        Recommendation r = recommendations.get(recommendationId);
        if (user.belongsTo(r.getLeadOrganisationId())) {
            throw new NotPermittedException("decision.error.recused", r.getCode());
        }
        if (!organisations.isVotingMember(user.organisationId())) {
            throw new NotPermittedException("decision.error.not-voting-member", user.organisationCode());
        }
        if (r.getStatus() != RecommendationStatus.PLAN_SUBMITTED) {
            throw new StateConflictException("plan.error.not-submitted", r.getCode(),
                    r.getStatus().name());
        }
        String why = reason == null ? "" : reason.strip();
        if (!approved && why.isEmpty()) {
            throw InvalidInputException.of("reason", "decision.error.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "validation.too-long", MAX_REASON);
        }
        audit.record(approved ? "PLAN_APPROVED" : "PLAN_REJECTED", RecommendationService.SUBJECT, recommendationId,
                (approved ? "Plan approved by " : "Plan rejected by ") + user.organisationCode()
                        + (why.isEmpty() ? "" : ": " + why),
                describe(currentDraft(recommendationId)));
    }

    /** The approved plan takes effect: its milestones count from now on. Returns their ids. */
    @Transactional
    public List<Long> activate(Long recommendationId) {
        Recommendation r = recommendations.get(recommendationId);
        List<Milestone> proposed = milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.PROPOSED);
        proposed.forEach(Milestone::approve);
        r.planApproved();
        recommendationRepository.save(r);
        List<Long> ids = proposed.stream().map(Milestone::getId).toList();
        audit.record("PLAN_ACTIVATED", RecommendationService.SUBJECT, recommendationId,
                "Approved plan in force: " + ids.size() + " milestone(s)", r.toString());
        events.publishEvent(new ImplementationPlanApproved(recommendationId, ids));
        return ids;
    }

    /** The group rejected the plan: it goes back to the lead with the reasons. */
    @Transactional
    public void returnToLead(Long recommendationId, String reason) {
        Recommendation r = recommendations.get(recommendationId);
        r.planReturned(reason);
        recommendationRepository.save(r);
    }

    /** The owner of a milestone reports its status and progress; "done" completes it today, in the plan's zone. */
    @Transactional
    public MilestoneRow report(Long milestoneId, ReportedStatus status, int progress) {
        TrackerUser user = CurrentUser.require();
        Milestone m = milestone(milestoneId);
        if (!user.belongsTo(m.getOwnerOrganisationId())) {
            throw new NotPermittedException("milestone.error.not-owner", m.getName());
        }
        if (status == null) {
            throw InvalidInputException.of("status", "validation.required");
        }
        if (progress < 0 || progress > 100) {
            throw InvalidInputException.of("progress", "validation.percent");
        }
        Recommendation r = recommendations.get(m.getRecommendationId());
        Plan plan = views.planOf(r);
        m.report(status, progress, views.today(plan));
        milestones.save(m);
        audit.record("MILESTONE_REPORTED", RecommendationService.SUBJECT, r.getId(),
                m.getName() + ": " + status + ", " + m.getProgress() + "%", "milestone " + m.getId());
        return views.rows(plan, List.of(m)).get(0);
    }

    /** Every milestone of the approved plan is done. */
    @Transactional
    public void milestonesCompleted(Long recommendationId) {
        Recommendation r = recommendations.get(recommendationId);
        r.milestonesCompleted();
        recommendationRepository.save(r);
        audit.record("MILESTONES_COMPLETED", RecommendationService.SUBJECT, recommendationId,
                "All milestones of " + r.getCode() + " are done", r.toString());
    }

    public List<Long> approvedMilestoneIds(Long recommendationId) {
        return recommendations.approvedMilestones(recommendationId).stream().map(Milestone::getId).toList();
    }

    public MilestoneRow milestoneRow(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return views.rows(views.planOf(recommendations.get(m.getRecommendationId())), List.of(m)).get(0);
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }

    private void validate(List<MilestoneDraft> drafts, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            throw InvalidInputException.of("milestones", "plan.error.no-milestones");
        }
        if (drafts.size() > MAX_MILESTONES) {
            throw InvalidInputException.of("milestones", "plan.error.too-many", MAX_MILESTONES);
        }
        for (int i = 0; i < drafts.size(); i++) {
            MilestoneDraft d = drafts.get(i);
            int row = i + 1;
            if (d.name() == null || d.name().isBlank()) {
                problems.add(Problem.atRow(row, "name", "validation.required"));
            } else if (d.name().strip().length() > MAX_NAME) {
                problems.add(Problem.atRow(row, "name", "validation.too-long", MAX_NAME));
            }
            if (d.ownerOrganisationId() == null) {
                problems.add(Problem.atRow(row, "owner", "plan.error.no-owner"));
            } else if (!organisations.exists(d.ownerOrganisationId())) {
                problems.add(Problem.atRow(row, "owner", "plan.error.unknown-owner", d.ownerOrganisationId()));
            }
            if (d.dueDate() == null) {
                problems.add(Problem.atRow(row, "dueDate", "validation.required"));
            } else if (d.dueDate().isBefore(today)) {
                problems.add(Problem.atRow(row, "dueDate", "plan.error.due-in-past", d.dueDate()));
            } else if (d.plannedStart() != null && d.plannedStart().isAfter(d.dueDate())) {
                problems.add(Problem.atRow(row, "plannedStart", "plan.error.start-after-due"));
            }
            if (d.countryIso2() != null && !organisations.countryExists(d.countryIso2())) {
                problems.add(Problem.atRow(row, "country", "plan.error.unknown-country", d.countryIso2()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String describe(List<MilestoneDraft> drafts) {
        StringBuilder text = new StringBuilder();
        drafts.forEach(d -> text.append(d.name()).append(" | owner ").append(d.ownerOrganisationId())
                .append(" | due ").append(d.dueDate()).append(d.evidenceRequired() ? " | evidence" : "").append('\n'));
        return text.toString();
    }
}
