package org.mixedmovements.tracker.assignment;

import org.mixedmovements.tracker.base.InputPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.organisation.WorkAssigners;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneAssignment;
import org.mixedmovements.tracker.recommendation.RecommendationSearch;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.mixedmovements.tracker.workflow.TaskReassignment;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the milestone list offers: milestones with the person their work is assigned to, and the two ways to assign
 * work. Only the secretariat and the chair assign; every refusal saves nothing.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    /** The longest reason accepted, as for other decisions. */
    public static final int MAX_REASON = 4000;

    private final MilestoneAssignment milestones;
    private final RecommendationSearch search;
    private final TaskReassignment reassignment;
    private final WorkItems workItems;
    private final UserDirectory users;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final WorkAssigners assigners;
    private final ImplementationPlanService implementation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AssignmentService(MilestoneAssignment milestones, RecommendationSearch search, TaskReassignment reassignment, WorkItems workItems,
                   UserDirectory users, OrganisationService organisations, PlanService plans,
                   WorkAssigners assigners, ImplementationPlanService implementation, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.milestones = milestones;
        this.search = search;
        this.reassignment = reassignment;
        this.workItems = workItems;
        this.users = users;
        this.organisations = organisations;
        this.plans = plans;
        this.assigners = assigners;
        this.implementation = implementation;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the signed-in user assigns work: the secretariat and the chair. */
    public boolean mayAssign() {
        return assigners.currentUserMayAssign();
    }

    public List<Plan> plans() {
        return plans.all();
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    /** A page of milestones by due date, each with the person its open work is assigned to. */
    public Page<AssignableMilestone> milestones(MilestoneFilter filter, Pageable page) {
        Page<MilestoneListRow> rows = search.milestones(filter, page);
        Map<Long, String> assignees = reassignment.workAssignees(rows.stream().map(MilestoneListRow::id).toList());
        return rows.map(row -> new AssignableMilestone(row, assignees.get(row.id())));
    }

    public long count(MilestoneFilter filter) {
        return search.countMilestones(filter);
    }

    /** Gives the milestones to another owner organisation, with the reason (see {@link MilestoneAssignment}). */
    @Transactional
    public int reassignOwner(Collection<Long> milestoneIds, Long newOwnerId, String reason) {
        return milestones.reassignOwner(milestoneIds, newOwnerId, reason);
    }

    /** The milestone's open work task, with who could take it; only for those who assign work. */
    public Optional<OpenWork> openWorkOn(Long milestoneId) {
        assigners.requireAssigner();
        return reassignment.openWorkOn(milestoneId).map(item -> new OpenWork(item.id(), item.recommendationId(),
                item.milestoneId(), item.candidateGroups(), item.assignee(), candidates(item)));
    }

    /**
     * Gives an open task to one person of a group it is offered to, with a reason for the history. The task stays
     * offered to the group; the person is told.
     */
    @Transactional
    public void assignTask(String taskId, String username, String reason) {
        TrackerUser assigner = assigners.requireAssigner();
        String who = username == null ? "" : InputPolicy.normalise(username);
        String why = reason == null ? "" : InputPolicy.normalise(reason);
        List<Problem> problems = new ArrayList<>();
        if (who.isEmpty()) {
            problems.add(Problem.of("assignee", "validation.required"));
        }
        if (why.isEmpty()) {
            problems.add(Problem.of("reason", "validation.required"));
        } else {
            InputPolicy.problem("reason", why, MAX_REASON).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkItem item = workItems.find(taskId).orElseThrow(() -> new StateConflictException("task.error.gone"));
        TrackerUser assignee = users.enabledUser(who)
                .orElseThrow(() -> InvalidInputException.of("assignee", "assign.error.unknown-user", who));
        if (!item.offeredToAny(WorkGroups.of(assignee))) {
            throw InvalidInputException.of("assignee", "assign.error.not-in-group", assignee.displayName());
        }
        if (who.equals(item.assignee())) {
            throw InvalidInputException.of("assignee", "assign.error.same-assignee", assignee.displayName());
        }
        reassignment.assign(taskId, who);
        String milestone = item.milestoneId() == null ? "" : implementation.milestoneRow(item.milestoneId()).name();
        audit.record("TASK_ASSIGNED", "recommendation", item.recommendationId(),
                AuditDetails.of("audit.details.task-assigned", AuditDetails.word("task.kind.", item.kind()), milestone,
                        item.milestoneId() == null ? 0 : 1, who, item.assignee() == null ? "" : item.assignee(),
                        item.assignee() == null ? 0 : 1, why),
                "task " + taskId + ", groups " + item.candidateGroups());
        events.publishEvent(new TaskAssigned(taskId, item.recommendationId(), item.milestoneId(), who,
                item.assignee(), why, assigner.getUsername()));
    }

    private List<Assignee> candidates(WorkItem item) {
        Set<Long> organisationIds = new LinkedHashSet<>();
        item.candidateGroups().forEach(group -> WorkGroups.organisationCodeOf(group)
                .flatMap(organisations::findByCode).ifPresent(o -> organisationIds.add(o.getId())));
        Role role = item.candidateGroups().contains(WorkGroups.SECRETARIAT) ? Role.SECRETARIAT : null;
        return users.enabledUsers(organisationIds, role).stream()
                .filter(u -> item.offeredToAny(WorkGroups.of(u)))
                .map(u -> new Assignee(u.getUsername(), u.displayName(), u.organisationCode()))
                .toList();
    }
}
