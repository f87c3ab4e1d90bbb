-- Counts the changes of a reminder: a write names the version it read, so a change that another one overtook
-- (a snooze while a delivery records its outcome, say) writes nothing instead of undoing the other. Rows written
-- without it (existing ones, those of a replica still running the previous release) start at 0.
alter table reminder add column version bigint not null default 0;
