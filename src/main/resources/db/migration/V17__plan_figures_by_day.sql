-- The plan's figures as they stood at the end of each day (the plan's time zone), for the trend over time: kept by the
-- hourly re-evaluation (today's row refreshed while it is today, closed after its midnight), rebuilt from the audit log
-- and the milestones' dates when the table is empty or on demand. Rates are computed from the counts when read.
create table plan_day_figures (
    plan_id            bigint  not null references plan (id),
    on_day             date    not null,
    accepted           integer not null,
    implemented        integer not null,
    completed          integer not null,
    completed_on_time  integer not null,
    overdue            integer not null,
    planned            integer not null,
    primary key (plan_id, on_day)
);
