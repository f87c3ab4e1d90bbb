-- Each caller's current request window (limits.Windows), shared by every process. Unlogged: no write-ahead log, so an
-- update per request stays cheap; after a crash of PostgreSQL the table is empty, which forgives at most one window.
create unlogged table windows (
    caller     text        primary key,
    started_at timestamptz not null,
    requests   integer     not null
);
