-- The tasks module's own schema. No other module reads these tables.
create table task (
    id            uuid        primary key,
    owner         text        not null,
    title         text        not null,
    description   text        not null default '',
    status        text        not null check (status in ('OPEN', 'COMPLETED')),
    -- Priority urgency: 4 = VERY_IMPORTANT ... 1 = LOW, so "desc" puts the most important first.
    priority      smallint    not null check (priority between 1 and 4),
    tags          text[]      not null default '{}',
    due_at        timestamptz,
    due_date      date,
    -- Derived from due_at / due_date in time_zone by the domain: due_start orders and filters by due time,
    -- due_deadline decides "overdue" (the end of the day for all-day tasks).
    due_start     timestamptz,
    due_deadline  timestamptz,
    time_zone     text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    completed_at  timestamptz,
    version       bigint      not null,
    search_vector tsvector    generated always as (
                      setweight(to_tsvector('english', title), 'A') ||
                      setweight(to_tsvector('english', description), 'B')) stored,
    check (due_at is null or due_date is null)
);

-- Every query is scoped to one owner; this one serves the default order.
create index task_by_owner_in_default_order on task (owner, priority desc, due_start asc nulls last, created_at, id);
create index task_by_owner_and_due on task (owner, due_start);
create index task_search on task using gin (search_vector);
create index task_tags on task using gin (tags);
