-- An audit entry's details as a message key and its arguments (issue 18), so each reader reads them in their own
-- language: details_key names a text of the bundles (audit.details.*), details_args holds its arguments as a small
-- JSON array of [kind, value] pairs (s text, n number, d date, w a word of the bundles, o an organisation's code).
-- summary keeps the English text: what older entries hold (their key is null) and a fallback for tools reading SQL.
-- Added columns only: no row is changed, so the append-only triggers (V14) are not involved.
alter table audit_event add column details_key varchar(120);
alter table audit_event add column details_args varchar(4000);
