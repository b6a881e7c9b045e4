package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.base.Wording;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.ImplementationPlanApproved;
import org.mixedmovements.tracker.milestone.ImplementationPlanReturned;
import org.mixedmovements.tracker.milestone.ImplementationPlanSubmitted;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.milestone.MilestoneState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import java.util.ArrayList;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.workinggroup.DecisionRequest;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads recommendations and takes them up: the secretariat adopts one and names its lead organisation. */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    static final String SUBJECT = org.mixedmovements.tracker.milestone.PlannedRecommendation.AUDIT_SUBJECT;
    /** A target period in the timetable: a year, a half, a quarter or a month, such as 2025, 2025-H2, 2025-Q3, 2025-07. */
    static final String TARGET_PERIOD = "\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?";

    private final RecommendationRepository recommendations;
    private final MilestoneQueries milestones;
    private final RecommendationSummaries views;
    private final AuditLog audit;

    RecommendationService(RecommendationRepository recommendations, MilestoneQueries milestones,
                          RecommendationSummaries views, AuditLog audit) {
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.views = views;
        this.audit = audit;
    }

    public List<RecommendationSummary> list(Long planId) {
        return summaries(recommendations.findByPlanIdOrderByPosition(planId));
    }

    /** The recommendations of every plan, plan by plan in the order of each plan. */
    public List<RecommendationSummary> listAll() {
        return summaries(recommendations.findAll(Sort.by("planId", "position")));
    }

    private List<RecommendationSummary> summaries(List<Recommendation> found) {
        List<Long> ids = found.stream().map(Recommendation::getId).toList();
        Map<Long, Integer> approved = milestones.approvedCounts(ids);
        Map<Long, Integer> progress = milestones.progress(ids);
        return found.stream().map(r -> views.summary(r, approved.getOrDefault(r.getId(), 0),
                progress.getOrDefault(r.getId(), 0))).toList();
    }

    /** The facts of one milestone for the compliance read model. */
    public MilestoneFacts milestoneFacts(Long milestoneId) {
        Milestone m = milestones.get(milestoneId);
        Recommendation r = get(m.getRecommendationId());
        Plan plan = views.planOf(r);
        return new MilestoneFacts(m.getId(), plan.getId(), r.getId(), r.getTheme(), r.getCoordinationLevel(),
                m.getOwnerOrganisationId(), m.getCountryIso2(), plan.zone(), plan.getAtRiskDays(), m.getPlannedStart(),
                m.getBaselineDue(), m.getCurrentDue(), m.getCompletedOn(), m.getReportedStatus(), m.getProgress(),
                m.getState() == MilestoneState.APPROVED);
    }

    /** Ids of every milestone in force, for rebuilding the compliance read model. */
    public List<Long> milestoneIdsInForce() {
        return milestones.idsInForce();
    }

    public RecommendationSummary summary(Long id) {
        Recommendation r = get(id);
        return summaryOf(r);
    }

    public RecommendationDetails details(Long id) {
        Recommendation r = get(id);
        Plan plan = views.planOf(r);
        List<Milestone> all = milestones.ofRecommendation(id);
        List<String> dependsOn = r.getDependsOn().stream().map(this::get).map(Recommendation::getCode).sorted().toList();
        String leadName = r.getLeadOrganisationId() == null ? null
                : views.organisation(r.getLeadOrganisationId()).getName();
        return new RecommendationDetails(summaryOf(r), plan.getCode(), plan.getTitle(), plan.zone(),
                r.getFullText(),
                r.getResponse(), r.getResponseReason(), r.getTargetPeriod(), r.getProposedResponse(),
                r.getProposedResponseReason(), r.getProposedTargetPeriod(), r.getClosure(), r.getClosureReason(),
                leadName, r.getPlanRejectionReason(), r.getCountries().stream().sorted().toList(),
                dependsOn, milestones.rows(all), audit.historyOf(SUBJECT, id));
    }

    /** The secretariat puts the recommendation on the group's agenda; its follow-up process starts with it. */
    @Transactional
    public void putOnAgenda(Long id) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Recommendation r = get(id);
        r.putOnAgenda();
        recommendations.save(r);
        audit.record("PUT_ON_AGENDA", SUBJECT, id, AuditDetails.of("audit.details.put-on-agenda", r.getCode()),
                r.toString());
    }

    /**
     * The secretariat proposes the group's response: accepted, partially accepted (saying which part) or not accepted
     * (with reasons), and the target period in the timetable.
     */
    @Transactional
    public void proposeResponse(Long id, GroupResponse response, String reason, String targetPeriod) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        String why = reason == null ? "" : reason.strip();
        String period = targetPeriod == null ? "" : targetPeriod.strip();
        List<Problem> problems = responseProblems(response, why, period);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Recommendation r = get(id);
        r.proposeResponse(response, why.isEmpty() ? null : why, period.isEmpty() ? null : period);
        recommendations.save(r);
        audit.record("RESPONSE_PROPOSED", SUBJECT, id, AuditDetails.of("audit.details.response-proposed",
                AuditDetails.word("response.", response), period, period.isEmpty() ? 0 : 1, why, why.isEmpty() ? 0 : 1),
                r.toString());
    }

    /**
     * What {@link #proposeResponse} refuses, field by field: a response; reasons unless it is accepted; a target
     * period ({@code 2026-H2}, {@code 2027-Q1}, {@code 2027}) unless it is not accepted.
     */
    public static List<Problem> responseProblems(GroupResponse response, String reason, String targetPeriod) {
        List<Problem> problems = new ArrayList<>();
        String why = reason == null ? "" : InputPolicy.normalise(reason);
        String period = targetPeriod == null ? "" : InputPolicy.normalise(targetPeriod);
        if (response == null) {
            problems.add(Problem.of("response", "validation.required"));
        } else if (response != GroupResponse.ACCEPTED && why.isEmpty()) {
            problems.add(Problem.of("reason", response == GroupResponse.NOT_ACCEPTED
                    ? "response.error.reasons-required" : "response.error.part-required"));
        }
        InputPolicy.problem("reason", why, ImplementationPlanService.MAX_REASON).ifPresent(problems::add);
        if (response != GroupResponse.NOT_ACCEPTED && !period.matches(TARGET_PERIOD)) {
            problems.add(Problem.of("targetPeriod", "response.error.period", period));
        }
        return problems;
    }

    /** What the group decides on: the proposed response (no organisation owns a response, so every member votes). */
    @Transactional
    public DecisionRequest responseDecisionRequest(Long id) {
        Recommendation r = get(id);
        return new DecisionRequest(DecisionType.RESPONSE, SUBJECT, id, id, r.getPlanId(), null,
                Wording.of("decision.proposal.response" + (r.getProposedTargetPeriod() == null ? "" : "-target")
                                + (r.getProposedResponseReason() == null ? "" : "-reason"), r.getCode(),
                        Wording.word("response.", r.getProposedResponse()), r.getProposedTargetPeriod(),
                        r.getProposedResponseReason()));
    }

    /** The group approved the proposed response; returns whether the recommendation was accepted (fully or in part). */
    @Transactional
    public boolean applyResponse(Long id) {
        Recommendation r = get(id);
        boolean accepted = r.applyResponse();
        recommendations.save(r);
        audit.record("RESPONSE_DECIDED", SUBJECT, id, AuditDetails.of("audit.details.response-decided", r.getCode(),
                AuditDetails.word("response.", r.getResponse())), r.toString());
        return accepted;
    }

    /** The group rejected the proposed response: the secretariat proposes again, with the group's reasons at hand. */
    @Transactional
    public void responseReturned(Long id, String reason) {
        audit.record("RESPONSE_RETURNED", SUBJECT, id, AuditDetails.of("audit.details.response-returned",
                reason == null ? "" : reason, reason == null ? 0 : 1), get(id).toString());
    }

    /** The secretariat names the organisation that leads an accepted recommendation. Returns its code. */
    @Transactional
    public String nameLead(Long id, Long leadOrganisationId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        if (leadOrganisationId == null) {
            throw InvalidInputException.of("leadOrganisation", "validation.required");
        }
        Organisation lead = views.organisation(leadOrganisationId);
        Recommendation r = get(id);
        r.nameLead(lead.getId());
        recommendations.save(r);
        audit.record("LEAD_NAMED", SUBJECT, id, AuditDetails.of("audit.details.lead-named", r.getCode(),
                AuditDetails.organisation(lead.getCode())), r.toString());
        return lead.getCode();
    }

    /** Every milestone is completed: the secretariat reviews the outcome. */
    @Transactional
    public void startFinalReview(Long id) {
        Recommendation r = get(id);
        r.startFinalReview();
        recommendations.save(r);
        audit.record("FINAL_REVIEW_STARTED", SUBJECT, id, AuditDetails.of("audit.details.final-review-started",
                r.getCode()), r.toString());
    }

    /** The final review closes the recommendation; anything short of fully implemented needs reasons. */
    @Transactional
    public void close(Long id, Closure closure, String reason) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        String why = reason == null ? "" : InputPolicy.normalise(reason);
        if (closure == null) {
            throw InvalidInputException.of("closure", "validation.required");
        }
        if (closure != Closure.IMPLEMENTED && why.isEmpty()) {
            throw InvalidInputException.of("reason", "review.error.reason-required");
        }
        InputPolicy.optionalText("reason", why, ImplementationPlanService.MAX_REASON);
        Recommendation r = get(id);
        r.close(closure, why.isEmpty() ? null : why);
        recommendations.save(r);
        audit.record("RECOMMENDATION_CLOSED", SUBJECT, id, AuditDetails.of("audit.details.recommendation-closed",
                r.getCode(), AuditDetails.word("status.", closure), why, why.isEmpty() ? 0 : 1), r.toString());
    }

    /** Creates a recommendation of an imported plan unless the plan has one with that code already. */
    @Transactional
    public boolean importIfAbsent(Long planId, ImportedRecommendation imported) {
        if (recommendations.findByPlanIdAndCode(planId, imported.code()).isPresent()) {
            return false;
        }
        Recommendation r = recommendations.save(new Recommendation(planId, imported.code(), imported.position(),
                imported.title(), imported.fullText(), imported.theme(), imported.level(), imported.scope(),
                Set.copyOf(imported.countries())));
        for (String code : imported.dependsOn()) {
            r.dependOn(recommendations.findByPlanIdAndCode(planId, code)
                    .orElseThrow(() -> new NotFoundException("recommendation", code)).getId());
        }
        return true;
    }

    public boolean exists(Long planId, String code) {
        return recommendations.findByPlanIdAndCode(planId, code).isPresent();
    }

    /** The time zone of the recommendation's plan, in which its dates and times are shown. */
    public java.time.ZoneId planZone(Long recommendationId) {
        return views.planOf(get(recommendationId)).zone();
    }

    Recommendation get(Long id) {
        return recommendations.findById(id).orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    /** What the secretariat proposes the group answers. */
    public ResponseProposal responseProposal(Long recommendationId) {
        Recommendation r = get(recommendationId);
        return new ResponseProposal(r.getProposedResponse(), r.getProposedResponseReason(), r.getProposedTargetPeriod());
    }

    /** The recommendation's summary, with its milestones in force and its progress. */
    RecommendationSummary summaryOf(Recommendation r) {
        List<Long> id = List.of(r.getId());
        return views.summary(r, milestones.approvedCounts(id).getOrDefault(r.getId(), 0),
                milestones.progress(id).getOrDefault(r.getId(), 0));
    }

    /** The lead submitted the plan: it waits for the group's decision. */
    @EventListener
    void on(ImplementationPlanSubmitted submitted) {
        Recommendation r = get(submitted.recommendationId());
        r.planSubmitted();
        recommendations.save(r);
    }

    /** The group approved the plan: the recommendation is being implemented. */
    @EventListener
    void on(ImplementationPlanApproved approved) {
        Recommendation r = get(approved.recommendationId());
        r.planApproved();
        recommendations.save(r);
    }

    /** The group sent the plan back: the lead plans again, with the group's reasons. */
    @EventListener
    void on(ImplementationPlanReturned returned) {
        Recommendation r = get(returned.recommendationId());
        r.planReturned(returned.reason());
        recommendations.save(r);
    }
}
