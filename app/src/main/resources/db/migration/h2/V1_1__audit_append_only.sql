-- The audit trail is append-only: UPDATE and DELETE fail in the database (see the PostgreSQL twin).
create trigger audit_event_no_update before update on audit_event
    for each row call 'org.rightbalance.audit.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event
    for each row call 'org.rightbalance.audit.AppendOnlyTrigger';
