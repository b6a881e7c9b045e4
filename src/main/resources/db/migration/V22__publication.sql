-- Issue 21: what the secretariat has published on the public progress page. A plan is public while its row says so;
-- within a public plan, a recommendation is public while it has a row here. Withdrawing deletes the recommendation's
-- row or clears the plan's flag; the audit log keeps who published and withdrew what, and when.
create table plan_publication (
    plan_id     bigint  not null primary key references plan (id),
    published   boolean not null,
    show_votes  boolean not null default false,
    changed_at  timestamp with time zone not null
);

create table recommendation_publication (
    recommendation_id bigint not null primary key references recommendation (id),
    plan_id           bigint not null references plan (id),
    published_at      timestamp with time zone not null
);
create index ix_recommendation_publication_plan on recommendation_publication (plan_id);
