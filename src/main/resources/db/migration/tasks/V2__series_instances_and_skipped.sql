-- Tasks that are occurrences of a recurring series (owned by the recurrence module; we keep only its id).
alter table task add column series_id uuid;
alter table task add column occurrence text;
alter table task add constraint task_series_instance_complete check ((series_id is null) = (occurrence is null));

-- At most one task per occurrence of a series: a repeated or concurrent request for it cannot create a second one.
create unique index task_one_per_occurrence on task (series_id, occurrence) where series_id is not null;

alter table task drop constraint task_status_check;
alter table task add constraint task_status_check check (status in ('OPEN', 'COMPLETED', 'SKIPPED'));
