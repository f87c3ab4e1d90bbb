-- The result of a tool call made with an idempotency key (ADR 0039), per user and key: a repeat of the call within the
-- retention (24 h) gets this result instead of acting again. A row without a result (result_error null) is a call in
-- progress; it expires soon (a crashed or cancelled call frees its key), a finished one after the retention.
create table receipt (
    subject           text        not null,
    idempotency_key   text        not null,
    tool              text        not null,
    -- SHA-256 of the call's arguments (without the key): the same key with other arguments is another call.
    arguments_digest  text        not null,
    result_text       text,
    -- json, not jsonb: a repeat gets the first result as it was, its fields in their order.
    result_structured json,
    result_error      boolean,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    primary key (subject, idempotency_key),
    check ((result_error is null) = (result_text is null) and (result_error is null) = (result_structured is null))
);

-- Expired receipts are deleted before a key is held (StoredReceipts), found by this index.
create index receipt_expires_at on receipt (expires_at);
