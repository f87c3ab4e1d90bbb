-- Browser sessions of the web UI (io.todoplatform.identity.StoredSessions), shared by every replica of the app-id
-- that serves pages: a sign-in, or an OIDC redirect, may come back to another replica than the one that began it.
-- A session is found by the SHA-256 of its cookie's value, so a copy of this table names no live cookie.
create table browser_session (
    id_hash              bytea       primary key,
    created_at           timestamptz not null,
    last_accessed_at     timestamptz not null,
    max_inactive_seconds integer     not null,
    expires_at           timestamptz not null
);

create index browser_session_by_expiry on browser_session (expires_at);

-- One row per attribute (the security context, the CSRF token, the OIDC authorization request and authorized client),
-- Java-serialized: a request writes only the attributes it changed, so two requests of one session at once keep both
-- changes.
create table browser_session_attribute (
    session_id_hash bytea not null references browser_session (id_hash) on delete cascade on update cascade,
    name            text  not null,
    value           bytea not null,
    primary key (session_id_hash, name)
);
