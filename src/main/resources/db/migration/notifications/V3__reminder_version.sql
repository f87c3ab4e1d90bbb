-- Counts the changes of a reminder: a write names the version it read, so a change that another one overtook
-- (a snooze while a delivery records its outcome, say) writes nothing instead of undoing the other.
alter table reminder add column version bigint not null default 0;
alter table reminder alter column version drop default;
