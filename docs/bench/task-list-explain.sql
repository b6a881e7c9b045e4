-- The task lists' EXPLAIN (docs/performance.md, "The task lists"). In a scratch database:
--   createdb paging_explain
--   psql -d paging_explain -f activiti.postgres.create.engine.sql   (from camunda-engine-7.24.0.jar,
--                                                                    org/camunda/bpm/engine/db/create/)
--   psql -d paging_explain -f task-list-explain.sql
--   dropdb paging_explain

-- read model as in V3 (foreign keys left out: they do not change these plans)
create table milestone_compliance (
    milestone_id bigint not null primary key, plan_id bigint not null, recommendation_id bigint not null,
    theme varchar(100) not null, coordination_level varchar(30) not null, owner_organisation_id bigint not null,
    country_iso2 varchar(2), plan_zone varchar(60) not null, at_risk_days integer not null, planned_start date,
    baseline_due date not null, current_due date not null, completed_on date, reported_status varchar(20) not null,
    progress integer not null, compliance_status varchar(30) not null, slippage_days integer not null,
    evaluated_on date not null);
create index ix_milestone_compliance_plan_status on milestone_compliance (plan_id, compliance_status);
create index ix_milestone_compliance_recommendation on milestone_compliance (recommendation_id);
create index ix_milestone_compliance_owner on milestone_compliance (owner_organisation_id, compliance_status);
create index ix_milestone_compliance_due on milestone_compliance (plan_id, current_due);
create index ix_milestone_compliance_evaluated on milestone_compliance (evaluated_on);

-- 50 plans x 3,200 milestones = 160,000 rows, statuses spread over seven values (one in seven overdue)
insert into milestone_compliance
select m, 1 + (m - 1) / 3200, 1 + (m - 1) / 8, 'Theme', 'BOTH', 1 + m % 40, 'CO', 'America/Panama', 14, null,
       date '2026-06-01' + (m % 400), date '2026-06-01' + (m % 400), null, 'ON_TRACK', 50,
       (array['NOT_STARTED','ON_TRACK','AT_RISK','OVERDUE','COMPLETED','COMPLETED_LATE','NOT_DUE'])[1 + m % 7], 0,
       date '2026-11-28'
from generate_series(1, 160000) m;

-- the FKs of the three engine tables filled below point at executions and definitions not made here
alter table ACT_RU_VARIABLE drop constraint ACT_FK_VAR_EXE;
alter table ACT_RU_VARIABLE drop constraint ACT_FK_VAR_PROCINST;
alter table ACT_RU_VARIABLE drop constraint ACT_FK_VAR_BYTEARRAY;
alter table ACT_RU_TASK drop constraint ACT_FK_TASK_EXE;
alter table ACT_RU_TASK drop constraint ACT_FK_TASK_PROCINST;
alter table ACT_RU_TASK drop constraint ACT_FK_TASK_PROCDEF;
alter table ACT_RU_IDENTITYLINK drop constraint ACT_FK_TSKASS_TASK;

-- 40,000 open tasks, each of its own process instance (execution = process instance), offered to 40
-- organisations' staff groups: organisation 1 ("BIG") has 8,000 of them, the others 800 each. Nine in ten are
-- milestone work (milestoneId variable), one in ten a decision (no milestone). One in five also offered to the
-- organisation's seat (wg:), one in six held by someone.
create temporary table t as
select n, 'task-' || n as id, 'pi-' || n as pi,
       case when n <= 8000 then 1 else 2 + (n - 8001) / 808 end as org,
       case when n % 10 = 0 then null else 1 + (n * 7919) % 160000 end as milestone
from generate_series(1, 40000) n;
insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
                         PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_)
select id, 1, pi, pi, 'milestone-follow-up:1:x', 'Work on milestone', 'Task_WorkOnMilestone',
       case when n % 6 = 0 then 'user' || (n % 13) end, 50,
       timestamp '2026-01-01' + n * interval '7 minutes', case when n % 97 = 0 then 2 else 1 end
from t;
insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
select 'l-' || n, 1, 'org:ORG' || org, 'candidate', id from t;
insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
select 'w-' || n, 1, 'wg:ORG' || org, 'candidate', id from t where n % 5 = 0;
-- five variables per process instance (milestoneId, recommendationId, leadGroup, branch, decisionOutcome)
insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, LONG_, TEXT_, VAR_SCOPE_)
select 'v' || k || '-' || n, 1, case when k <= 2 then 'long' else 'string' end,
       (array['milestoneId','recommendationId','leadGroup','branch','decisionOutcome'])[k], pi, pi,
       case k when 1 then milestone when 2 then 1 + n % 20000 end,
       case when k > 2 then 'x' end, pi
from t, generate_series(1, 5) k
where not (k = 1 and milestone is null);
analyze;

-- the queries, as WorkListQuery writes them with the parameters filled in and the dialect's LIMIT/OFFSET appended
\echo '--- MINE page 1 (50) of ORG1: groups org:ORG1, wg:ORG1'
explain (analyze, buffers, costs off) select RES.* from ACT_RU_TASK RES left join ACT_RU_VARIABLE OWN on OWN.VAR_SCOPE_ = RES.EXECUTION_ID_ and OWN.NAME_ = 'milestoneId' left join ACT_RU_VARIABLE PROC on PROC.VAR_SCOPE_ = RES.PROC_INST_ID_ and PROC.NAME_ = 'milestoneId' left join (select milestone_id as MILESTONE_ID, case when compliance_status = 'OVERDUE' then 1 else 0 end as OVERDUE, current_due as DUE_DATE from milestone_compliance) URG on URG.MILESTONE_ID = case when OWN.ID_ is not null then OWN.LONG_ else PROC.LONG_ end where RES.SUSPENSION_STATE_ = 1 and RES.ID_ in (select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in ('org:ORG1', 'wg:ORG1')) and (RES.ASSIGNEE_ is null or RES.ASSIGNEE_ = 'user1') order by case when URG.OVERDUE = 1 then 0 else 1 end, case when URG.DUE_DATE is null then 1 else 0 end, URG.DUE_DATE, RES.CREATE_TIME_, RES.ID_ LIMIT 50 OFFSET 0;
\echo '--- ORGANISATION, last page (offset 7900)'
explain (analyze, buffers, costs off) select RES.* from ACT_RU_TASK RES left join ACT_RU_VARIABLE OWN on OWN.VAR_SCOPE_ = RES.EXECUTION_ID_ and OWN.NAME_ = 'milestoneId' left join ACT_RU_VARIABLE PROC on PROC.VAR_SCOPE_ = RES.PROC_INST_ID_ and PROC.NAME_ = 'milestoneId' left join (select milestone_id as MILESTONE_ID, case when compliance_status = 'OVERDUE' then 1 else 0 end as OVERDUE, current_due as DUE_DATE from milestone_compliance) URG on URG.MILESTONE_ID = case when OWN.ID_ is not null then OWN.LONG_ else PROC.LONG_ end where RES.SUSPENSION_STATE_ = 1 and RES.ID_ in (select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in ('org:ORG1', 'wg:ORG1')) order by case when URG.OVERDUE = 1 then 0 else 1 end, case when URG.DUE_DATE is null then 1 else 0 end, URG.DUE_DATE, RES.CREATE_TIME_, RES.ID_ LIMIT 50 OFFSET 7900;
\echo '--- MINE count'
explain (analyze, buffers, costs off) select count(*) from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and RES.ID_ in (select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in ('org:ORG1', 'wg:ORG1')) and (RES.ASSIGNEE_ is null or RES.ASSIGNEE_ = 'user1');
\echo '--- MINE page 1 of a small organisation (800 tasks)'
explain (analyze, costs off) select RES.* from ACT_RU_TASK RES left join ACT_RU_VARIABLE OWN on OWN.VAR_SCOPE_ = RES.EXECUTION_ID_ and OWN.NAME_ = 'milestoneId' left join ACT_RU_VARIABLE PROC on PROC.VAR_SCOPE_ = RES.PROC_INST_ID_ and PROC.NAME_ = 'milestoneId' left join (select milestone_id as MILESTONE_ID, case when compliance_status = 'OVERDUE' then 1 else 0 end as OVERDUE, current_due as DUE_DATE from milestone_compliance) URG on URG.MILESTONE_ID = case when OWN.ID_ is not null then OWN.LONG_ else PROC.LONG_ end where RES.SUSPENSION_STATE_ = 1 and RES.ID_ in (select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in ('org:ORG7', 'wg:ORG7')) and (RES.ASSIGNEE_ is null or RES.ASSIGNEE_ = 'user1') order by case when URG.OVERDUE = 1 then 0 else 1 end, case when URG.DUE_DATE is null then 1 else 0 end, URG.DUE_DATE, RES.CREATE_TIME_, RES.ID_ LIMIT 50 OFFSET 0;
