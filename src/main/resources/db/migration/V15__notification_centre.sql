-- The notification centre (issue 16, part 4): where each notification leads, the work it offers and when that work was
-- done; a mail channel per person and kind; each person's time zone for the digest. Runs on H2 and PostgreSQL.

-- target: the path its link opens (approvals/<decision>, recommendations/<id>, tasks), decided once when it is written.
-- work_key: the piece of work it offers (decision:<id>, plan:<recommendation>, milestone:<id>, ...), null for
-- information; done_at: when that work was recorded as done (by the listeners of the events that finish it).
alter table notification add column target varchar(300);
alter table notification add column work_key varchar(200);
alter table notification add column done_at timestamp with time zone;
create index ix_notification_unread on notification (recipient_id, read_at);
create index ix_notification_work on notification (work_key, done_at);

-- What was written before: the link was the recommendation's page.
update notification set target = 'recommendations/' || cast(recommendation_id as varchar(20))
    where recommendation_id is not null;

-- The work the earlier rows offered, named from their event keys and columns as the listeners now name it.
update notification set work_key = 'decision:' || substring(event_key, 17),
                        target = 'approvals/' || substring(event_key, 17)
    where event_key like 'decision-opened:%';
update notification set work_key = 'plan:' || cast(recommendation_id as varchar(20)), target = 'tasks'
    where kind in ('LEAD_NAMED', 'PLAN_RETURNED') and recommendation_id is not null;
update notification set work_key = 'milestone:' || cast(milestone_id as varchar(20))
    where kind in ('MILESTONE_GIVEN', 'MILESTONE_OWNER_CHANGED') and milestone_id is not null;
update notification set work_key = 'final-review:' || cast(recommendation_id as varchar(20)), target = 'tasks'
    where kind = 'FINAL_REVIEW_DUE' and recommendation_id is not null;
update notification set work_key = 'milestone:' || cast(milestone_id as varchar(20)), target = 'tasks'
    where kind = 'TASK_ASSIGNED' and milestone_id is not null;

-- ... and whether the database already records that work as done: the decision taken or the recipient's organisation
-- voted, the plan submitted, the milestone completed, the recommendation closed.
update notification set done_at = current_timestamp
    where work_key like 'decision:%' and exists (select 1 from wg_decision d
        where 'decision:' || cast(d.id as varchar(20)) = notification.work_key and d.status = 'DECIDED');
update notification set done_at = current_timestamp
    where done_at is null and kind in ('VOTE_OPENED', 'OBJECTION_PERIOD_OPENED') and exists (select 1 from wg_vote v
        join app_user u on u.organisation_id = v.organisation_id
        where 'decision:' || cast(v.decision_id as varchar(20)) = notification.work_key
          and u.id = notification.recipient_id);
update notification set done_at = current_timestamp
    where work_key like 'plan:%' and exists (select 1 from recommendation r
        where r.id = notification.recommendation_id and r.status <> 'PLANNING');
update notification set done_at = current_timestamp
    where work_key like 'milestone:%' and exists (select 1 from milestone m
        where m.id = notification.milestone_id and m.completed_on is not null);
update notification set done_at = current_timestamp
    where work_key like 'final-review:%' and exists (select 1 from recommendation r
        where r.id = notification.recommendation_id
          and r.status in ('IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'));
-- An earlier task given to a person names neither a milestone nor a decision: its work cannot be followed, so it is
-- filed as done rather than left in "To do" for ever (it stays in the Inbox, for information).
update notification set done_at = current_timestamp where kind = 'TASK_ASSIGNED' and work_key is null;

-- The mail channel per person and kind; a kind without a row gets its default (NotificationKind: work offered and
-- escalations at once, the rest in the daily digest).
create table notification_channel (
    user_id     bigint      not null references app_user (id),
    kind        varchar(40) not null,
    email_mode  varchar(20) not null,
    primary key (user_id, kind)
);

-- A person who chose one mode for everything keeps it for every kind (someone who chose no mail gets none).
insert into notification_channel (user_id, kind, email_mode)
    select p.user_id, k.kind, p.email_mode from notification_preference p cross join (values
        ('TASK_ASSIGNED'), ('MILESTONE_OWNER_CHANGED'), ('REMINDER'), ('OVERDUE'), ('ESCALATED_TO_SECRETARIAT'),
        ('ESCALATED_TO_CHAIR'), ('DECISION_TAKEN'), ('VOTE_OPENED'), ('OBJECTION_PERIOD_OPENED'),
        ('CONSENSUS_TO_RECORD'), ('LEAD_NAMED'), ('PLAN_RETURNED'), ('MILESTONE_GIVEN'), ('FINAL_REVIEW_DUE'),
        ('PLAN_APPROVED'), ('DUE_DATE_MOVED'), ('DECISION_CLOSING_SOON'), ('DECISION_NUDGE'), ('QUORUM_NOT_REACHED'),
        ('VOTE_EXTENDED')
    ) as k (kind);

-- notification_preference keeps what is one per person: the time zone the digest and the Inbox's times follow (null:
-- tracker.notifications.digest-zone, by default the shipped plan's).
alter table notification_preference add column time_zone varchar(60);
alter table notification_preference drop column email_mode;
