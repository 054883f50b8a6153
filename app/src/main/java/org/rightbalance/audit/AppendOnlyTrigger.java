package org.rightbalance.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2's twin of the PostgreSQL trigger that makes {@code audit_event} append-only: any UPDATE or
 * DELETE of an audit row fails in the database, whoever issues it.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: change refused", "42501");
    }
}
