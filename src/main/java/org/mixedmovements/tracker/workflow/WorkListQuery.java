package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;

/**
 * The SQL of a task list, run as Camunda native task queries so that the database sorts, counts and cuts the pages. The
 * open (active: {@code SUSPENSION_STATE_ = 1}) tasks with a candidate link to one of the list's groups; for a person's
 * own list only those held by nobody or by them. Order: late milestone work first, then by the milestone's due date
 * or, for a vote or an objection, the moment it closes (the task's own due date), tasks without either last, then
 * oldest first, then by id so that pages never overlap. A task's milestone is its
 * {@code milestoneId} variable, read as {@link WorkItems} reads it: on the task's execution, else on its process instance
 * (the unique key {@code (VAR_SCOPE_, NAME_)} of {@code ACT_RU_VARIABLE} finds each in one index lookup). Lateness and due
 * date come from {@link MilestoneUrgency}. Table names are the engine's defaults (the application sets no table
 * prefix).
 */
final class WorkListQuery {

    private static final String MILESTONE = "'" + VAR_MILESTONE_ID + "'";

    private final WorkList list;
    private final List<String> groups;

    WorkListQuery(WorkList list) {
        this.list = list;
        this.groups = new ArrayList<>(list.groups());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The tasks in list order; page with {@code listPage}. */
    NativeTaskQuery select(TaskService tasks, MilestoneUrgency urgency) {
        String sql = "select RES.* from ACT_RU_TASK RES"
                + " left join ACT_RU_VARIABLE OWN on OWN.VAR_SCOPE_ = RES.EXECUTION_ID_ and OWN.NAME_ = " + MILESTONE
                + " left join ACT_RU_VARIABLE PROC on PROC.VAR_SCOPE_ = RES.PROC_INST_ID_ and PROC.NAME_ = " + MILESTONE
                + " left join (" + urgency.relation() + ") URG"
                + " on URG.MILESTONE_ID = case when OWN.ID_ is not null then OWN.LONG_ else PROC.LONG_ end"
                + where()
                + " order by case when URG.OVERDUE = 1 then 0 else 1 end,"
                + " case when URG.DUE_DATE is null and RES.DUE_DATE_ is null then 1 else 0 end,"
                + " coalesce(cast(URG.DUE_DATE as timestamp), RES.DUE_DATE_), RES.CREATE_TIME_, RES.ID_";
        return withParameters(tasks.createNativeTaskQuery().sql(sql));
    }

    /** How many tasks the list holds. */
    NativeTaskQuery count(TaskService tasks) {
        return withParameters(tasks.createNativeTaskQuery().sql("select count(*) from ACT_RU_TASK RES" + where()));
    }

    private String where() {
        StringJoiner in = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < groups.size(); i++) {
            in.add("#{group" + i + "}");
        }
        // "in (select ...)", not a correlated "exists": H2 ran the exists once per task of the whole table, each time
        // scanning the groups' links; both databases read the links once this way (a semi join on PostgreSQL)
        return " where RES.SUSPENSION_STATE_ = 1"
                + " and RES.ID_ in (select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK"
                + " where LINK.TYPE_ = '" + IdentityLinkType.CANDIDATE + "' and LINK.GROUP_ID_ in " + in + ")"
                + (list.freeOrHeldBy() == null ? "" : " and (RES.ASSIGNEE_ is null or RES.ASSIGNEE_ = #{holder})");
    }

    private NativeTaskQuery withParameters(NativeTaskQuery query) {
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
        if (list.freeOrHeldBy() != null) {
            query.parameter("holder", list.freeOrHeldBy());
        }
        return query;
    }
}
