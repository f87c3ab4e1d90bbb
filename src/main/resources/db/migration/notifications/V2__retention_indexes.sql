-- The daily pruning (adapter.out.persistence.StoredHistory) finds finished reminders and delivery records by age.
create index reminder_finished on reminder (updated_at) where status <> 'SCHEDULED';
create index delivery_by_age on delivery (delivered_at);
