-- The compliance read model: one row per milestone in force, with its derived compliance status, kept current in the
-- same transaction as every change to the milestone, re-evaluated each day for statuses that change with time, and
-- rebuilt from the domain tables on demand. Dashboards, reports and the API read it; nothing computes figures twice.
create table milestone_compliance (
    milestone_id           bigint       not null primary key references milestone (id),
    plan_id                bigint       not null references plan (id),
    recommendation_id      bigint       not null references recommendation (id),
    theme                  varchar(100) not null,
    coordination_level     varchar(30)  not null,
    owner_organisation_id  bigint       not null references organisation (id),
    country_iso2           varchar(2),
    plan_zone              varchar(60)  not null,
    at_risk_days           integer      not null,
    planned_start          date,
    baseline_due           date         not null,
    current_due            date         not null,
    completed_on           date,
    reported_status        varchar(20)  not null,
    progress               integer      not null,
    compliance_status      varchar(30)  not null,
    slippage_days          integer      not null,
    evaluated_on           date         not null
);
create index ix_milestone_compliance_plan_status on milestone_compliance (plan_id, compliance_status);
create index ix_milestone_compliance_recommendation on milestone_compliance (recommendation_id);
create index ix_milestone_compliance_owner on milestone_compliance (owner_organisation_id, compliance_status);
create index ix_milestone_compliance_due on milestone_compliance (plan_id, current_due);
create index ix_milestone_compliance_evaluated on milestone_compliance (evaluated_on);
