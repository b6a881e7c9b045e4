-- Assigning work and search.
-- Searchable text in a normal form (no accents, lower case; see base/SearchText), written by the entities on every
-- save; rows written before this version are filled in at start-up (recommendation/SearchTextBackfill).
alter table recommendation add column search_text varchar(20400);
alter table milestone add column search_text varchar(300);

-- Milestone names are short enough for a b-tree: the milestone search and the milestone list's text filter read the
-- index instead of the table. (A recommendation's text holds the study's full words and is scanned; on PostgreSQL a
-- pg_trgm GIN index can be added for very large catalogues.)
create index ix_milestone_search on milestone (search_text);
-- The milestone list pages through milestones by due date, optionally of one owner or state.
create index ix_milestone_due on milestone (current_due, id);
create index ix_milestone_owner_due on milestone (owner_organisation_id, current_due, id);
