package org.mixedmovements.tracker.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the audit log's append-only rule (migration V14): H2 runs a Java class as a trigger, and this one
 * refuses every UPDATE and DELETE of {@code audit_event}, whoever connects. PostgreSQL gets a PL/pgSQL trigger.
 */
public class AppendOnlyTrigger implements Trigger {

    /** The SQLSTATE PostgreSQL's trigger raises too: "prohibited SQL statement attempted". */
    static final String SQL_STATE = "2F003";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " is not allowed", SQL_STATE);
    }
}
