package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditHistory;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.organisation.WorkAssigners;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import java.util.Comparator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the recommendation page reads: its head, its milestones and its history page by page, and the live diagrams of
 * its processes. Any signed-in user may read them.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationDetailService {

    /** Audit entries about one milestone (other features may record them so); the page shows them with the rest. */
    static final String MILESTONE_SUBJECT = "milestone";

    private final RecommendationService recommendations;
    private final MilestoneQueries milestones;
    private final RecommendationSummaries views;
    private final OrganisationService organisations;
    private final AuditHistory audit;
    private final ProcessDiagramSource diagrams;

    private final WorkAssigners assigners;
    private final EvidenceService evidence;
    private final MilestoneDependencies dependencies;
    private final DecisionBoard decisions;

    RecommendationDetailService(RecommendationService recommendations, MilestoneQueries milestones,
                                RecommendationSummaries views, OrganisationService organisations, AuditHistory audit,
                                ProcessDiagramSource diagrams, WorkAssigners assigners, EvidenceService evidence,
                                MilestoneDependencies dependencies, DecisionBoard decisions) {
        this.decisions = decisions;
        this.dependencies = dependencies;
        this.evidence = evidence;
        this.assigners = assigners;
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.views = views;
        this.organisations = organisations;
        this.audit = audit;
        this.diagrams = diagrams;
    }

    /** Whether the signed-in user may reassign milestones (the secretariat and the chair). */
    public boolean mayAssignWork() {
        return assigners.currentUserMayAssign();
    }

    public RecommendationOverview overview(Long id, Locale locale) {
        CurrentUser.require();
        Recommendation r = recommendations.get(id);
        Plan plan = views.planOf(r);
        List<Milestone> all = milestones.ofRecommendation(id);
        Map<String, String> countryNames = organisations.countries().stream()
                .collect(Collectors.toMap(Country::getIso2, c -> c.name(locale)));
        List<String> countries = r.getCountries().stream().sorted()
                .map(iso2 -> countryNames.getOrDefault(iso2, iso2)).toList();
        List<String> dependsOn = r.getDependsOn().stream().map(recommendations::get).map(Recommendation::getCode)
                .sorted().toList();
        List<String> supporting = all.stream().map(Milestone::getOwnerOrganisationId).distinct()
                .filter(owner -> !owner.equals(r.getLeadOrganisationId()))
                .map(owner -> organisations.get(owner).getCode()).sorted().toList();
        String lead = r.getLeadOrganisationId() == null ? null
                : views.organisation(r.getLeadOrganisationId()).getName();
        return new RecommendationOverview(recommendations.summaryOf(r), plan.getCode(), plan.getTitle(), plan.zone(),
                r.getFullText(), countries, dependsOn,
                r.getResponse(), r.getResponseReason(), r.getTargetPeriod(), r.getProposedResponse(),
                r.getProposedTargetPeriod(), r.getClosure(), r.getClosureReason(), lead, supporting,
                r.getPlanRejectionReason(), all.size());
    }

    /** What the recommendation's milestones wait for, with a warning where one is due before what it waits for. */
    public List<MilestoneDependencies.Waiting> milestoneDependencies(Long id) {
        CurrentUser.require();
        return dependencies.ofRecommendation(recommendations.get(id).getId());
    }

    /** The milestones, soonest due first, with compliance statuses from the compliance read model. */
    public Page<MilestoneRow> milestones(Long id, Pageable page) {
        return milestones(id, null, page);
    }

    /** The milestones whose name contains the text (any, when blank), soonest due first. */
    public Page<MilestoneRow> milestones(Long id, String nameContains, Pageable page) {
        CurrentUser.require();
        recommendations.get(id);
        return milestones.rowsOfRecommendation(id, nameContains, page);
    }

    /**
     * Who did what on the recommendation and its milestones, newest first; an entry that added evidence carries it,
     * so that the file or link opens from the history.
     */
    public Page<HistoryLine> history(Long id, Pageable page) {
        CurrentUser.require();
        recommendations.get(id);
        List<Long> milestoneIds = milestones.ofRecommendation(id).stream().map(Milestone::getId).toList();
        Map<Long, String> codes = new HashMap<>();
        return audit.newestFirst(RecommendationService.SUBJECT, id, MILESTONE_SUBJECT, milestoneIds, unsorted(page))
                .map(e -> new HistoryLine(e.id(), e.occurredAt(), e.actor(),
                        e.organisationId() == null ? null : codes.computeIfAbsent(e.organisationId(),
                                org -> organisations.exists(org) ? organisations.get(org).getCode() : null),
                        e.action(), e.summary(), e.details(), evidence.addedIn(e.action(), e.snapshot()).orElse(null)));
    }

    /**
     * Where the recommendation stands and who acts next: its status and lead, the group's open decisions on it with
     * their tallies and last days, and its milestones in force (how many are completed, which is due next and whose).
     */
    public RecommendationStanding standing(Long id) {
        CurrentUser.require();
        Recommendation r = recommendations.get(id);
        List<Milestone> inForce = milestones.ofRecommendation(id, MilestoneState.APPROVED);
        Map<Long, String> names = milestones.ofRecommendation(id).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getName));
        List<RecommendationStanding.OpenDecision> open = decisions.openOnRecommendation(id).stream()
                .map(d -> new RecommendationStanding.OpenDecision(d.type(),
                        d.type() == DecisionType.MILESTONE ? names.get(d.subjectId()) : null, d.rule(), d.cast(),
                        d.eligible(), d.lastDay(), d.tie(), d.quorumMissed()))
                .toList();
        RecommendationStanding.NextMilestone next = inForce.stream().filter(m -> m.getCompletedOn() == null)
                .min(Comparator.comparing(Milestone::getCurrentDue).thenComparing(Milestone::getId))
                .map(m -> new RecommendationStanding.NextMilestone(m.getName(), m.getCurrentDue(),
                        organisations.get(m.getOwnerOrganisationId()).getCode()))
                .orElse(null);
        String lead = r.getLeadOrganisationId() == null ? null
                : views.organisation(r.getLeadOrganisationId()).getName();
        return new RecommendationStanding(r.getStatus(), lead, open, inForce.size(),
                (int) inForce.stream().filter(m -> m.getCompletedOn() != null).count(), next);
    }

    /** The recommendation's process and those it called, oldest first; empty before it is on the agenda. */
    public List<ProcessRunLine> processRuns(Long id) {
        CurrentUser.require();
        recommendations.get(id);
        Map<Long, String> names = milestones.ofRecommendation(id).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getName));
        return diagrams.runsOf(id).stream()
                .map(run -> new ProcessRunLine(run.id(), run.kind(),
                        run.milestoneId() == null ? null : names.get(run.milestoneId()), run.running(),
                        run.startedAt()))
                .toList();
    }

    /**
     * The diagram of one run with where it stands, labelled in the reader's language; empty if the run is not one of
     * the recommendation's.
     */
    public Optional<ProcessDiagram> diagram(Long id, String runId, Locale locale) {
        CurrentUser.require();
        recommendations.get(id);
        return Objects.isNull(runId) ? Optional.empty() : diagrams.diagram(id, runId, locale);
    }

    private static Pageable unsorted(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize());
    }
}
