-- The audit view reads the whole log newest first, filtered by the acting organisation, person or action (issue 20):
-- without these indexes every page of it would sort the whole table. Plain indexes: the table stays append-only.
create index ix_audit_event_occurred on audit_event (occurred_at, id);
create index ix_audit_event_organisation on audit_event (organisation_id, occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
