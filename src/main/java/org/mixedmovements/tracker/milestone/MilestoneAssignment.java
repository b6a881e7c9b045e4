package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.InputPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.organisation.WorkAssigners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones across plans, and who owns them: the secretariat and the chair give one or several milestones in force
 * to another organisation, with a reason that goes into each recommendation's history. All or nothing: one milestone
 * that cannot move stops the whole change.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneAssignment {

    /** The most milestones one reassignment takes. */
    public static final int MAX_SELECTION = 200;

    private final MilestoneRepository milestones;
    private final RecommendationDirectory recommendations;
    private final OrganisationService organisations;
    private final WorkAssigners assigners;
    private final AuditLog audit;

    MilestoneAssignment(MilestoneRepository milestones, RecommendationDirectory recommendations,
                        OrganisationService organisations, WorkAssigners assigners, AuditLog audit) {
        this.milestones = milestones;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.assigners = assigners;
        this.audit = audit;
    }

    /** Whether the signed-in user may reassign milestones and tasks (the secretariat and the chair). */
    public boolean mayAssign() {
        return assigners.currentUserMayAssign();
    }

    /**
     * Gives the milestones to the new owner organisation. Only milestones in force and not completed (nor waiting
     * for the group's decision on their evidence) move; the reason is required. Milestones the organisation owns
     * already are left as they are. Returns how many changed owner.
     */
    @Transactional
    public int reassignOwner(Collection<Long> milestoneIds, Long newOwnerId, String reason) {
        TrackerUser user = assigners.requireAssigner();
        String why = reason == null ? "" : InputPolicy.normalise(reason);
        Set<Long> ids = milestoneIds == null ? Set.of() : new LinkedHashSet<>(milestoneIds);
        List<Problem> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add(Problem.of("milestones", "assign.error.none-selected"));
        } else if (ids.size() > MAX_SELECTION) {
            problems.add(Problem.of("milestones", "assign.error.too-many", MAX_SELECTION));
        }
        if (newOwnerId == null) {
            problems.add(Problem.of("owner", "validation.required"));
        } else if (!organisations.exists(newOwnerId)) {
            problems.add(Problem.of("owner", "plan.error.unknown-owner", newOwnerId));
        }
        if (why.isEmpty()) {
            problems.add(Problem.of("reason", "validation.required"));
        } else {
            InputPolicy.problem("reason", why, ImplementationPlanService.MAX_REASON).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, Milestone> found = milestones.findAllById(ids).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity()));
        ids.stream().filter(id -> !found.containsKey(id)).findFirst()
                .ifPresent(id -> {
                    throw new NotFoundException("milestone", id);
                });
        List<Milestone> selected = ids.stream().map(found::get).toList();
        refuseIf(selected, Milestone::isCompleted, "assign.error.completed");
        refuseIf(selected, m -> m.getState() != MilestoneState.APPROVED, "assign.error.not-in-force");
        refuseIf(selected, m -> m.getReportedStatus() == ReportedStatus.DONE, "assign.error.awaiting-decision");
        List<Milestone> moving = selected.stream().filter(m -> !m.getOwnerOrganisationId().equals(newOwnerId)).toList();
        if (moving.isEmpty()) {
            throw InvalidInputException.of("owner", "assign.error.same-owner");
        }
        Organisation newOwner = organisations.get(newOwnerId);
        Map<Long, PlannedRecommendation> byId = recommendations.find(
                moving.stream().map(Milestone::getRecommendationId).distinct().toList());
        for (Milestone m : moving) {
            Organisation previous = organisations.get(m.getOwnerOrganisationId());
            PlannedRecommendation r = byId.get(m.getRecommendationId());
            audit.record("MILESTONE_OWNER_CHANGED", PlannedRecommendation.AUDIT_SUBJECT, r.id(),
                    AuditDetails.of("audit.details.milestone-owner-changed", m.getName(),
                            AuditDetails.organisation(previous.getCode()), AuditDetails.organisation(newOwner.getCode()),
                            why),
                    "milestone " + m.getId() + " of " + r.code() + ", owner " + previous.getId() + " → "
                            + newOwner.getId());
            m.changeOwner(new Milestone.OwnerChange(previous.getCode(), newOwner.getId(), newOwner.getCode(), why,
                    user.getUsername()));
        }
        // saving publishes each milestone's MilestoneOwnerChanged: its open work moves, the new owner is told
        milestones.saveAllAndFlush(moving);
        return moving.size();
    }

    private static void refuseIf(List<Milestone> selected, Predicate<Milestone> refused,
                                 String messageKey) {
        List<String> names = selected.stream().filter(refused).map(Milestone::getName).toList();
        if (!names.isEmpty()) {
            throw new StateConflictException(messageKey, String.join("; ", names));
        }
    }
}
