package org.mixedmovements.tracker.oversight;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.audit.AuditFilter;
import org.mixedmovements.tracker.audit.AuditLine;
import org.mixedmovements.tracker.audit.AuditSearch;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.milestone.PlannedRecommendation;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for people to read. The secretariat and administrators read every entry; a working-group member or an
 * agency focal point reads the entries of people of its own organisation, whatever organisation the link asks for.
 * An entry about a decision carries the decision as recorded (rule, votes, quorum, who did not vote because it owns
 * what was decided), an approved plan put in force its milestones with the due dates approved.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogQueries {

    /** How the working-group decisions name the decision an entry is about (its snapshot). */
    private static final Pattern DECISION = Pattern.compile("decision (\\d+)");
    /** How a plan put in force names its milestones (its snapshot): "R2: milestones [12, 13]". */
    private static final Pattern MILESTONES = Pattern.compile("milestones \\[([0-9, ]*)]");

    /** The choices of the view's filters. */
    public record Choices(List<Organisation> organisations, List<RecommendationSummary> recommendations,
                          List<String> actions, boolean ownOrganisationOnly) {
    }

    private final AuditSearch search;
    private final OrganisationService organisations;
    private final RecommendationService recommendations;
    private final WorkingGroupDecisions decisions;
    private final MilestoneQueries milestones;

    AuditLogQueries(AuditSearch search, OrganisationService organisations, RecommendationService recommendations,
                    WorkingGroupDecisions decisions, MilestoneQueries milestones) {
        this.search = search;
        this.organisations = organisations;
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.milestones = milestones;
    }

    /** Whether the signed-in person reads every entry (otherwise only their organisation's). */
    public static boolean readsEverything(TrackerUser user) {
        return user.has(Role.SECRETARIAT) || user.has(Role.ADMIN);
    }

    public Choices choices() {
        TrackerUser user = CurrentUser.require();
        boolean all = readsEverything(user);
        List<Organisation> orgs = all ? organisations.all()
                : List.of(organisations.get(user.organisationId()));
        return new Choices(orgs, recommendations.listAll(), search.actions(), !all);
    }

    /** The entries the selection names, newest first; times of the period are days in {@code zone}. */
    public Page<AuditRow> entries(AuditSelection selection, ZoneId zone, Pageable page) {
        AuditFilter filter = filter(selection, zone);
        Map<Long, String> organisationCodes = new HashMap<>();
        Map<Long, String> recommendationCodes = new HashMap<>();
        return search.newestFirst(filter, page).map(line -> row(line, organisationCodes, recommendationCodes));
    }

    public long count(AuditSelection selection, ZoneId zone) {
        return search.count(filter(selection, zone));
    }

    /** The selection as the signed-in person may read it: their own organisation unless they read everything. */
    AuditFilter filter(AuditSelection selection, ZoneId zone) {
        TrackerUser user = CurrentUser.require();
        Long organisation = readsEverything(user) ? selection.organisationId() : Long.valueOf(user.organisationId());
        return new AuditFilter(selection.who(), selection.what(), organisation,
                selection.recommendationId() == null ? null : PlannedRecommendation.AUDIT_SUBJECT,
                selection.recommendationId(),
                selection.from() == null ? null : selection.from().atStartOfDay(zone).toInstant(),
                selection.to() == null ? null : selection.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private AuditRow row(AuditLine line, Map<Long, String> organisationCodes, Map<Long, String> recommendationCodes) {
        String recommendation = PlannedRecommendation.AUDIT_SUBJECT.equals(line.subjectType())
                && line.subjectId() != null ? recommendationCodes.computeIfAbsent(line.subjectId(), this::codeOf)
                : null;
        DecisionSummary decision = decisionOf(line).orElse(null);
        String recused = decision == null ? null : decisions.recusedOrganisation(decision.id())
                .map(id -> code(id, organisationCodes)).orElse(null);
        return new AuditRow(line.id(), line.occurredAt(), line.actor(),
                line.organisationId() == null ? null : code(line.organisationId(), organisationCodes), line.action(),
                line.summary(), line.details(), recommendation, decision, recused, approvedMilestones(line, organisationCodes));
    }

    private Optional<DecisionSummary> decisionOf(AuditLine line) {
        if (line.snapshot() == null) {
            return Optional.empty();
        }
        Matcher decision = DECISION.matcher(line.snapshot());
        if (!decision.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decisions.summary(Long.valueOf(decision.group(1))));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private List<AuditRow.ApprovedMilestone> approvedMilestones(AuditLine line, Map<Long, String> organisationCodes) {
        if (!"PLAN_ACTIVATED".equals(line.action()) || line.snapshot() == null) {
            return List.of();
        }
        Matcher listed = MILESTONES.matcher(line.snapshot());
        if (!listed.find() || listed.group(1).isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : listed.group(1).split(",")) {
            ids.add(Long.valueOf(id.strip()));
        }
        return milestones.all(ids).stream()
                .map((Milestone m) -> new AuditRow.ApprovedMilestone(m.getName(),
                        code(m.getOwnerOrganisationId(), organisationCodes), m.getBaselineDue()))
                .toList();
    }

    private String code(Long organisationId, Map<Long, String> codes) {
        return codes.computeIfAbsent(organisationId,
                id -> organisations.exists(id) ? organisations.get(id).getCode() : null);
    }

    private String codeOf(Long recommendationId) {
        try {
            return recommendations.summary(recommendationId).code();
        } catch (NotFoundException gone) {
            return null;
        }
    }
}
