-- Conversations of the chat endpoint in the local mode (the distributed mode keeps them in the Dapr state store).
-- A conversation is one document: its turns are bounded (io.todoplatform.assistant.domain.Conversation), so the
-- whole of it is read and written at once, as the state store does.
create table conversation (
    id         uuid        primary key,
    owner      text        not null,
    title      text        not null,
    turns      jsonb       not null,
    updated_at timestamptz not null
);

create index conversation_by_owner on conversation (owner, updated_at desc);
