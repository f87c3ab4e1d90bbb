-- Added to every module schema. The outbox holds committed events until the transport has taken them.
create table outbox (
    seq           bigserial   primary key,
    event_id      text        not null unique,
    type          text        not null,
    partition_key text        not null,
    event         jsonb       not null,
    created_at    timestamptz not null default now()
);

-- The events this module's subscribers have handled, written in the same transaction as the handler's effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
