package org.mixedmovements.tracker.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads recommendations and takes them up: the secretariat adopts one and names its lead organisation. */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    static final String SUBJECT = "recommendation";

    private final RecommendationRepository recommendations;
    private final MilestoneRepository milestones;
    private final MilestoneViews views;
    private final AuditLog audit;

    RecommendationService(RecommendationRepository recommendations, MilestoneRepository milestones,
                          MilestoneViews views, AuditLog audit) {
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
        Map<Long, List<Milestone>> approved = milestones
                .findByRecommendationIdInAndState(found.stream().map(Recommendation::getId).toList(),
                        MilestoneState.APPROVED)
                .stream().collect(Collectors.groupingBy(Milestone::getRecommendationId));
        return found.stream().map(r -> views.summary(r, approved.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Every approved milestone of the plan, with its compliance status as of today in the plan's time zone. */
    public List<MilestoneRow> approvedMilestoneRows(Long planId) {
        List<Long> ids = recommendations.findByPlanIdOrderByPosition(planId).stream().map(Recommendation::getId).toList();
        return views.rows(views.plan(planId), milestones.findByRecommendationIdInAndState(ids, MilestoneState.APPROVED));
    }

    public RecommendationSummary summary(Long id) {
        Recommendation r = get(id);
        return views.summary(r, approvedMilestones(id));
    }

    public RecommendationDetails details(Long id) {
        Recommendation r = get(id);
        Plan plan = views.planOf(r);
        List<Milestone> all = milestones.findByRecommendationIdOrderByCurrentDueAscIdAsc(id);
        List<Milestone> approved = all.stream().filter(m -> m.getState() == MilestoneState.APPROVED).toList();
        List<String> dependsOn = r.getDependsOn().stream().map(this::get).map(Recommendation::getCode).sorted().toList();
        String leadName = r.getLeadOrganisationId() == null ? null
                : views.organisation(r.getLeadOrganisationId()).getName();
        return new RecommendationDetails(views.summary(r, approved), plan.getCode(), plan.getTitle(), plan.zone(),
                r.getFullText(),
                r.getResponse(), leadName, r.getPlanRejectionReason(), r.getCountries().stream().sorted().toList(),
                dependsOn, views.rows(plan, all), audit.historyOf(SUBJECT, id));
    }

    /**
     * The secretariat records that the group takes the recommendation up and names the organisation that leads it;
     * its implementation process starts in the same transaction.
     */
    @Transactional
    public void adopt(Long id, Long leadOrganisationId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        if (leadOrganisationId == null) {
            throw InvalidInputException.of("leadOrganisation", "validation.required");
        }
        Organisation lead = views.organisation(leadOrganisationId);
        Recommendation r = get(id);
        r.adopt(lead.getId());
        recommendations.save(r);
        audit.record("RECOMMENDATION_ADOPTED", SUBJECT, id,
                "Adopted " + r.getCode() + "; lead organisation " + lead.getCode(), r.toString());
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

    Recommendation get(Long id) {
        return recommendations.findById(id).orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    List<Milestone> approvedMilestones(Long recommendationId) {
        return milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.APPROVED);
    }
}
