-- A decision's proposal as a message key and its arguments (issue 18), so each reader reads it in their own language:
-- proposal_key names a text of the bundles (decision.proposal.*), proposal_args holds its arguments as a small JSON
-- array of [kind, value] pairs (as audit_event.details_args, V26). proposal keeps the English text: what older
-- decisions hold (their key is null, they are shown as recorded) and a fallback for tools reading SQL.
alter table wg_decision add column proposal_key varchar(120);
alter table wg_decision add column proposal_args varchar(4000);
