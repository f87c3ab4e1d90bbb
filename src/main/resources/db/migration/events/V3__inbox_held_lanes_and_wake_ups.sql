-- Events of one user are a lane: they go out (outbox) and are handled (inbox) in order, and a failure holds back only
-- its own lane. The first event of a held lane waits until next_attempt_at (docs/adr/0015).
alter table outbox
    add column attempts        integer not null default 0,
    add column next_attempt_at timestamptz,
    add column last_error      text;

create index outbox_lane on outbox (partition_key, seq);
create index outbox_held on outbox (next_attempt_at) where next_attempt_at is not null;

-- The events that arrived for this schema's subscribers (consumers), handled one after the other per consumer and
-- user. A row leaves in the transaction that handled it; one that can never be handled, or that failed for longer
-- than the retry budget, is set aside (set_aside_at) and its lane flows on. An operator replays it with
-- replay_set_aside(event_id) once the cause is fixed.
create table inbox (
    seq             bigserial   primary key,
    consumer        text        not null,
    event_id        text        not null,
    partition_key   text        not null,
    event           jsonb       not null,
    received_at     timestamptz not null default now(),
    attempts        integer     not null default 0,
    first_failed_at timestamptz,
    next_attempt_at timestamptz,
    last_error      text,
    set_aside_at    timestamptz,
    unique (consumer, event_id)
);

create index inbox_lane on inbox (consumer, partition_key, seq);
create index inbox_held on inbox (next_attempt_at) where next_attempt_at is not null and set_aside_at is null;

-- What an operator looks at: the events set aside, with why.
create view set_aside_events as
select consumer, event_id, partition_key as user_id, event ->> 'type' as type, received_at, attempts, set_aside_at,
       last_error as reason, event
from inbox
where set_aside_at is not null;

-- The schema's leader listens on one channel per schema; the payload names the table that has something new.
create function notify_events() returns trigger language plpgsql as $$
begin
    perform pg_notify('todo_events_' || tg_table_schema, tg_table_name);
    return null;
end;
$$;

create trigger outbox_inserted after insert on outbox for each statement execute function notify_events();
create trigger inbox_inserted after insert on inbox for each statement execute function notify_events();

-- Offers set-aside events again (all of a consumer's, or one); answers how many. The leader is woken at commit.
create function replay_set_aside(replayed_event_id text default null, replayed_consumer text default null)
    returns integer language plpgsql
    -- The schema it was created in, whatever the caller's search path: tasks.replay_set_aside() replays tasks' inbox.
    set search_path from current as $$
declare
    replayed integer;
begin
    update inbox
    set set_aside_at = null, attempts = 0, first_failed_at = null, next_attempt_at = null, last_error = null
    where set_aside_at is not null
      and (replayed_event_id is null or event_id = replayed_event_id)
      and (replayed_consumer is null or consumer = replayed_consumer);
    get diagnostics replayed = row_count;
    if replayed > 0 then
        perform pg_notify('todo_events_' || current_schema(), 'inbox');
    end if;
    return replayed;
end;
$$;
