-- Every decision closes (issue 16): a vote is open for its plan's period like an objection, members who have not
-- acted are reminded before closing, a vote that closes without its quorum goes back to the secretariat (who may
-- extend it once or put it to a meeting), and the secretariat or the chair may nudge the members at most once a day.

alter table plan_decision_rule add column reminder_days integer not null default 3;

-- The period of a majority vote was not used before: its stored value was the form's filler (10), not a choice.
update plan_decision_rule set period_days = 14 where rule = 'MAJORITY' and period_days = 10;

alter table wg_decision add column reminder_days integer not null default 3;
alter table wg_decision add column voting_closed boolean not null default false;
alter table wg_decision add column extended boolean not null default false;
alter table wg_decision add column last_nudged_on date;
