package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.Wording;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.workinggroup.DecisionRequest;
import org.mixedmovements.tracker.workinggroup.DecisionType;
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
    public static final int MAX_REASON = 4000;
    /** The roll-out branch of milestones without a country. */
    public static final String REGIONAL_BRANCH = "REGIONAL";

    private final RecommendationDirectory recommendations;
    private final MilestoneRepository milestones;
    private final OrganisationService organisations;
    private final MilestoneRows views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceRepository attachedEvidence;
    private final PlanDependencies dependencies;

    ImplementationPlanService(RecommendationDirectory recommendations, MilestoneRepository milestones, OrganisationService organisations, MilestoneRows views,
                              AuditLog audit, ApplicationEventPublisher events, Clock clock,
                              EvidenceRepository evidence, PlanDependencies dependencies) {
        this.dependencies = dependencies;
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.organisations = organisations;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.attachedEvidence = evidence;
    }

    /** The milestones the lead proposed last (after a rejection, the ones that were sent back). */
    public List<MilestoneDraft> currentDraft(Long recommendationId) {
        return PlanDependencies.drafts(milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(
                recommendationId, MilestoneState.PROPOSED));
    }

    /** The lead organisation's focal point submits the plan: it replaces any earlier draft and goes to the group. */
    @Transactional
    public void submit(Long recommendationId, List<MilestoneDraft> drafts) {
        TrackerUser user = CurrentUser.require();
        PlannedRecommendation r = recommendations.get(recommendationId);
        if (!user.belongsTo(r.leadOrganisationId())) {
            throw new NotPermittedException("plan.error.not-lead", r.code());
        }
        Plan plan = views.plan(r.planId());
        LocalDate today = views.today(plan);
        validate(drafts, today, r);
        PlanDependencies.Replacement replacement = dependencies.replace(r, drafts);
        replacement.release();
        milestones.deleteByRecommendationIdAndState(recommendationId, MilestoneState.PROPOSED);
        milestones.flush();
        List<Milestone> saved = drafts.stream()
                .map(d -> milestones.save(new Milestone(recommendationId, d, today, clock.instant()))).toList();
        replacement.link(saved);
        milestones.saveAllAndFlush(saved);
        events.publishEvent(new ImplementationPlanSubmitted(recommendationId));
        audit.record("PLAN_SUBMITTED", PlannedRecommendation.AUDIT_SUBJECT, recommendationId,
                AuditDetails.of("audit.details.plan-submitted", drafts.size()), describe(drafts));
    }

    /** Whether the recommendation has any milestone, proposed or approved. */
    public boolean hasMilestones(Long recommendationId) {
        return milestones.countByRecommendationId(recommendationId) > 0;
    }

    /**
     * A draft implementation plan read from an import file (already validated by the importer): its milestones are
     * stored as proposed, nothing more. They do not count and nobody votes on them yet: the lead's "draft the plan"
     * task starts from them, the lead changes and submits them, and the working group decides as on any plan.
     * Refused when the recommendation has milestones already or is past drafting its plan.
     */
    @Transactional
    public List<Long> importDraft(Long recommendationId, List<MilestoneDraft> drafts) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        if (hasMilestones(recommendationId) || !r.draftOpen()) {
            throw new StateConflictException("import.error.milestones-too-late", r.code(), r.status());
        }
        LocalDate today = views.today(views.plan(r.planId()));
        PlanDependencies.Replacement replacement = dependencies.replace(r, drafts);
        List<Milestone> saved = drafts.stream()
                .map(d -> milestones.save(new Milestone(recommendationId, d, today, clock.instant()))).toList();
        replacement.link(saved);
        milestones.saveAllAndFlush(saved);
        audit.record("PLAN_DRAFT_IMPORTED", PlannedRecommendation.AUDIT_SUBJECT, recommendationId,
                AuditDetails.of("audit.details.plan-draft-imported", drafts.size()), describe(drafts));
        return saved.stream().map(Milestone::getId).toList();
    }

    /**
     * Dependencies between milestones of different recommendations read from an import file, once every draft of the
     * file is saved ({@link #importDraft} gives the ids): each successor id to the ids it waits for. Refused, and
     * nothing kept, when the milestones are not of one plan or wait for each other in a circle.
     */
    @Transactional
    public void importDependencies(Map<Long, List<Long>> waitsFor) {
        dependencies.link(waitsFor);
    }

    /** What the group decides on: the submitted plan, drafted by the lead organisation, which does not vote. */
    @Transactional
    public DecisionRequest decisionRequest(Long recommendationId) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        return new DecisionRequest(DecisionType.PLAN, PlannedRecommendation.AUDIT_SUBJECT, recommendationId,
                recommendationId, r.planId(), r.leadOrganisationId(), Wording.of("decision.proposal.plan", r.code(),
                        currentDraft(recommendationId).size()));
    }

    /** The approved plan takes effect: its milestones count from now on. Returns their ids. */
    @Transactional
    public List<Long> activate(Long recommendationId) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        List<Milestone> proposed = milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.PROPOSED);
        events.publishEvent(new ImplementationPlanApproved(recommendationId));
        proposed.forEach(Milestone::approve);
        milestones.saveAllAndFlush(proposed);
        List<Long> ids = proposed.stream().map(Milestone::getId).toList();
        audit.record("PLAN_ACTIVATED", PlannedRecommendation.AUDIT_SUBJECT, recommendationId,
                AuditDetails.of("audit.details.plan-activated", ids.size()), r.code() + ": milestones " + ids);
        return ids;
    }

    /** The group rejected the plan: it goes back to the lead with the reasons. */
    @Transactional
    public void returnToLead(Long recommendationId, String reason) {
        events.publishEvent(new ImplementationPlanReturned(recommendationId, reason));
    }

    /**
     * The owner of a milestone reports its status and progress. "Done" submits it on that day (plan time zone); where
     * evidence is required, the report must describe it or evidence must be attached ({@link EvidenceService}), and
     * the group decides before it counts as completed.
     */
    @Transactional
    public MilestoneRow report(Long milestoneId, ReportedStatus status, int progress, String evidence) {
        return report(milestoneId, null, status, progress, evidence);
    }

    /**
     * {@link #report(Long, ReportedStatus, int, String)} on the milestone as the caller read it: when someone else saved
     * it since ({@code expectedVersion} is not the current version), nothing is saved and
     * {@link MilestoneChangedMeanwhile} says what it is now. A change saved by another transaction between this check
     * and the write fails JPA's version check on flush, as before. {@code null}: no check.
     */
    @Transactional
    public MilestoneRow report(Long milestoneId, Long expectedVersion, ReportedStatus status, int progress,
                               String evidence) {
        TrackerUser user = CurrentUser.require();
        Milestone m = milestone(milestoneId);
        if (!user.belongsTo(m.getOwnerOrganisationId())) {
            throw new NotPermittedException("milestone.error.not-owner", m.getName());
        }
        requireVersion(m, expectedVersion);
        if (status == null) {
            throw InvalidInputException.of("status", "validation.required");
        }
        if (progress < 0 || progress > 100) {
            throw InvalidInputException.of("progress", "validation.percent");
        }
        String note = InputPolicy.optionalText("evidence", evidence, MAX_REASON);
        if (status == ReportedStatus.DONE && m.isEvidenceRequired() && note == null
                && !attachedEvidence.existsByMilestoneId(milestoneId)) {
            throw InvalidInputException.of("evidence", "mytasks.report.error.evidence-required");
        }
        Plan plan = views.planOf(m);
        m.report(status, progress, note, views.today(plan));
        milestones.saveAndFlush(m);
        audit.record("MILESTONE_REPORTED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.milestone-reported", m.getName(), AuditDetails.word("reported.", status),
                        m.getProgress(), note == null ? "" : note, note == null ? 0 : 1),
                "milestone " + m.getId());
        return views.rows(plan, List.of(m)).get(0);
    }

    /** The owner's last report: status, progress and note. */
    public MilestoneReport currentReport(Long milestoneId) {
        return reportOf(milestone(milestoneId));
    }

    /** The milestone's version: what a change must name (the API's ETag). */
    public long version(Long milestoneId) {
        return milestone(milestoneId).getVersion();
    }

    /**
     * Refuses, with what the milestone is now, a change made on an earlier version than the current one (someone else
     * saved it since the caller read it); {@code null} checks nothing.
     */
    public void requireVersion(Long milestoneId, Long expectedVersion) {
        requireVersion(milestone(milestoneId), expectedVersion);
    }

    private void requireVersion(Milestone m, Long expectedVersion) {
        if (expectedVersion != null && m.getVersion() != expectedVersion) {
            throw new MilestoneChangedMeanwhile(reportOf(m));
        }
    }

    private MilestoneReport reportOf(Milestone m) {
        return new MilestoneReport(m.getId(), m.getReportedStatus(), m.getProgress(), m.getEvidenceNote(),
                m.isEvidenceRequired(), attachedEvidence.countByMilestoneId(m.getId()),
                views.planOf(m).zone(), m.getVersion());
    }

    /** What the group decides on when a milestone needs evidence: its owner's report; the owner does not vote. */
    @Transactional
    public DecisionRequest milestoneDecisionRequest(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        PlannedRecommendation r = recommendations.get(m.getRecommendationId());
        return new DecisionRequest(DecisionType.MILESTONE, MilestoneRows.DECISION_SUBJECT, milestoneId, r.id(), r.planId(),
                m.getOwnerOrganisationId(), Wording.of("decision.proposal.milestone", m.getName(), m.getSubmittedDoneOn(),
                        m.getEvidenceNote(), attachedEvidence.countByMilestoneId(milestoneId)));
    }

    /** The milestone counts as completed: on the day its owner submitted it as done. */
    @Transactional
    public void completeMilestone(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        m.complete();
        milestones.saveAndFlush(m);
        audit.record("MILESTONE_COMPLETED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.milestone-completed", m.getName(), m.getCompletedOn(), m.getCurrentDue()),
                "milestone " + milestoneId);
    }

    /** The group did not accept the evidence: the milestone goes back to its owner with the reasons. */
    @Transactional
    public void reopenMilestone(Long milestoneId, String reason) {
        Milestone m = milestone(milestoneId);
        m.reopen();
        milestones.saveAndFlush(m);
        audit.record("MILESTONE_REOPENED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.milestone-reopened", m.getName(), reason == null ? "" : reason,
                        reason == null ? 0 : 1), "milestone " + milestoneId);
    }

    /**
     * The roll-out branches of an approved plan: one per country its milestones are for, and "REGIONAL" for those
     * without a country.
     */
    public List<String> branches(Long recommendationId) {
        return approvedMilestones(recommendationId).stream()
                .map(ImplementationPlanService::branchOf)
                .distinct().sorted().toList();
    }

    public List<Long> milestoneIdsOfBranch(Long recommendationId, String branch) {
        return approvedMilestones(recommendationId).stream()
                .filter(m -> branchOf(m).equals(branch))
                .map(Milestone::getId).toList();
    }

    public boolean evidenceRequired(Long milestoneId) {
        return milestone(milestoneId).isEvidenceRequired();
    }

    static String branchOf(Milestone m) {
        return m.getCountryIso2() == null ? REGIONAL_BRANCH : m.getCountryIso2();
    }

    public List<Long> approvedMilestoneIds(Long recommendationId) {
        return approvedMilestones(recommendationId).stream().map(Milestone::getId).toList();
    }

    public MilestoneRow milestoneRow(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return views.rows(views.planOf(m), List.of(m)).get(0);
    }

    private List<Milestone> approvedMilestones(Long recommendationId) {
        return milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.APPROVED);
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }

    /** What a milestone of the recommendation's plan says about its country, for the lead's form. */
    public record CountryRule(boolean allowed, boolean required, List<String> countries) {
    }

    public CountryRule countryRule(Long recommendationId) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        boolean required = r.national() && !r.regional() && !r.countries().isEmpty();
        return new CountryRule(r.national(), required, r.countries().stream().sorted().toList());
    }

    /**
     * The problems of one milestone of a draft plan, as submitting the plan would find them (fields {@code name},
     * {@code owner}, {@code dueDate}, {@code plannedStart}, {@code country}): the lead's form checks a row as it is
     * added, with the very rules of {@link #submit}.
     */
    public List<Problem> problemsOf(Long recommendationId, MilestoneDraft draft) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        return rowProblems(draft, null, views.today(views.plan(r.planId())), r);
    }

    private List<Problem> rowProblems(MilestoneDraft d, Integer row, LocalDate today, PlannedRecommendation r) {
        boolean nationalOnly = r.national() && !r.regional();
        List<Problem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(problem(row, "name", "validation.required"));
        } else {
            InputPolicy.problem("name", row, d.name(), MAX_NAME).ifPresent(problems::add);
        }
        if (d.ownerOrganisationId() == null) {
            problems.add(problem(row, "owner", "plan.error.no-owner"));
        } else if (!organisations.exists(d.ownerOrganisationId())) {
            problems.add(problem(row, "owner", "plan.error.unknown-owner", d.ownerOrganisationId()));
        }
        if (d.dueDate() == null) {
            problems.add(problem(row, "dueDate", "validation.required"));
        } else if (d.dueDate().isBefore(today)) {
            problems.add(problem(row, "dueDate", "plan.error.due-in-past", d.dueDate()));
        } else if (InputPolicy.dateProblem("dueDate", row, d.dueDate()).isPresent()) {
            problems.add(InputPolicy.dateProblem("dueDate", row, d.dueDate()).get());
        } else if (InputPolicy.dateProblem("plannedStart", row, d.plannedStart()).isPresent()) {
            problems.add(InputPolicy.dateProblem("plannedStart", row, d.plannedStart()).get());
        } else if (d.plannedStart() != null && d.plannedStart().isAfter(d.dueDate())) {
            problems.add(problem(row, "plannedStart", "plan.error.start-after-due"));
        }
        if (d.countryIso2() != null && !organisations.countryExists(d.countryIso2())) {
            problems.add(problem(row, "country", "plan.error.unknown-country", d.countryIso2()));
        } else if (nationalOnly && !r.countries().isEmpty()
                && (d.countryIso2() == null || !r.countries().contains(d.countryIso2()))) {
            problems.add(problem(row, "country", "plan.error.country-not-listed",
                    String.join(", ", r.countries().stream().sorted().toList())));
        } else if (!r.national() && d.countryIso2() != null) {
            problems.add(problem(row, "country", "plan.error.regional-has-no-country"));
        }
        return problems;
    }

    private static Problem problem(Integer row, String field, String messageKey, Object... arguments) {
        return row == null ? Problem.of(field, messageKey, arguments) : Problem.atRow(row, field, messageKey, arguments);
    }

    private void validate(List<MilestoneDraft> drafts, LocalDate today, PlannedRecommendation r) {
        boolean nationalOnly = r.national() && !r.regional();
        List<Problem> problems = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            throw InvalidInputException.of("milestones", "plan.error.no-milestones");
        }
        if (drafts.size() > MAX_MILESTONES) {
            throw InvalidInputException.of("milestones", "plan.error.too-many", MAX_MILESTONES);
        }
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(rowProblems(drafts.get(i), i + 1, today, r));
        }
        problems.addAll(dependencies.problems(r, drafts));
        if (nationalOnly) {
            for (String country : r.countries().stream().sorted().toList()) {
                if (drafts.stream().noneMatch(d -> country.equals(d.countryIso2()))) {
                    problems.add(Problem.of("milestones", "plan.error.country-without-milestone", country));
                }
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
