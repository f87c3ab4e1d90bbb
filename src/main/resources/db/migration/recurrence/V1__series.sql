-- The recurrence module's own schema. No other module reads these tables.
create table series (
    id            uuid        primary key,
    owner         text        not null,
    title         text        not null,
    description   text        not null default '',
    priority      text        not null check (priority in ('VERY_IMPORTANT', 'HIGH', 'MEDIUM', 'LOW')),
    tags          text[]      not null default '{}',
    rrule         text        not null,
    -- DTSTART and EXDATEs as wall-clock ISO values in time_zone: a date-time, or a date for all-day series.
    dtstart       text        not null,
    exdates       text[]      not null default '{}',
    time_zone     text        not null,
    anchor        text        not null check (anchor in ('SCHEDULE', 'COMPLETION')),
    active        boolean     not null,
    generated     integer     not null check (generated >= 1),
    -- The wall-clock start of the latest occurrence asked for (the open one while active).
    current_start text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

create index series_by_owner on series (owner, created_at);
