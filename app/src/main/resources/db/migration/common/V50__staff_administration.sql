-- Administrators edit staff accounts (issue 5): a version for optimistic locking, and when the
-- account was last changed and by whom.
alter table staff_member add column version integer not null default 0;
alter table staff_member add column changed_at timestamp with time zone;
alter table staff_member add column changed_by varchar(60);
create index audit_event_actor on audit_event (actor, occurred_at);
