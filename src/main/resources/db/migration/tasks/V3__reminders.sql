-- A task's reminders, in its owner's order, as the fields of their forms:
-- [{"before": "PT15M"}, {"daysBefore": 1, "atTime": "18:00:00"}, {"at": "2026-12-01T08:00:00Z"}].
-- When they fire follows from due_at / due_date and time_zone, and is never stored: it moves with them.
alter table task add column reminders jsonb not null default '[]' check (jsonb_typeof(reminders) = 'array');
