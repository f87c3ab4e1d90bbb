-- The notifications module's own schema. It learns about tasks from task events only.

-- The latest state of each task that an event reported, to word notices and to ignore events older than it.
create table task_snapshot (
    task_id    uuid        primary key,
    owner      text        not null,
    title      text        not null,
    open       boolean     not null,
    due        timestamptz,
    all_day    boolean     not null,
    time_zone  text        not null,
    version    bigint      not null,
    deleted    boolean     not null
);

create table reminder (
    id            uuid        primary key,
    owner         text        not null,
    task_id       uuid        not null,
    -- The rule as the user chose it, e.g. {"before": "PT15M"}.
    rule          jsonb       not null,
    -- When the rule fires for the task's due time; fire_at is later when the user snoozed.
    rule_fire_at  timestamptz not null,
    fire_at       timestamptz not null,
    status        text        not null check (status in ('SCHEDULED', 'SENT', 'CANCELLED', 'FAILED')),
    attempts      integer     not null,
    sent_at       timestamptz,
    last_error    text,
    updated_at    timestamptz not null,
    -- A delivery under way keeps others off until then (see DeliveringReminders.LEASE).
    claimed_until timestamptz
);

create index reminder_by_task on reminder (task_id);
create index reminder_by_owner on reminder (owner, fire_at, id);
create index reminder_waiting on reminder (fire_at) where status = 'SCHEDULED';

-- Which destinations received which firing of a reminder: a repeated trigger skips them.
create table delivery (
    reminder_id  uuid        not null references reminder (id) on delete cascade,
    fire_at      timestamptz not null,
    destination  text        not null,
    channel      text        not null,
    delivered_at timestamptz not null,
    primary key (reminder_id, fire_at, destination)
);

create table notification_settings (
    owner      text        primary key,
    email      text,
    -- [{"type": "webhook", "url": ..., "secret": ...} | {"type": "fcm", "token": ...}]
    push       jsonb       not null,
    updated_at timestamptz not null
);
