-- A scheduled meeting ends at a time the secretariat gives with its start (issue 20): the invitation's DTEND, the
-- meeting page and the minutes say it. Meetings scheduled before this version were invited for two hours, so they end
-- two hours after they start. Written for H2 and PostgreSQL alike.
alter table meeting add column ends_at timestamp with time zone;
update meeting set ends_at = starts_at + interval '2' hour where starts_at is not null;
