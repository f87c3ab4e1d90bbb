-- Set when an event could never be processed and was set aside instead of retried (UnprocessableEventException).
alter table processed_event add column rejected_because text;
