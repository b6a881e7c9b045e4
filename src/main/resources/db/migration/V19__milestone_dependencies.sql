-- Dependencies between milestones (finish-to-start): the successor starts when its predecessor is finished. Both are
-- milestones of the same plan, of the same recommendation or of another one. A milestone that is removed (a draft
-- plan replaced by the lead) takes its dependencies with it, both ways.
create table milestone_dependency (
    milestone_id   bigint not null references milestone (id) on delete cascade,
    predecessor_id bigint not null references milestone (id) on delete cascade,
    primary key (milestone_id, predecessor_id),
    constraint ck_milestone_dependency_not_itself check (milestone_id <> predecessor_id)
);
-- "which milestones wait for this one": the successors a new due date would push
create index ix_milestone_dependency_predecessor on milestone_dependency (predecessor_id);
