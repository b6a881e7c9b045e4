package org.mixedmovements.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the migration tests read back from a database with plain JDBC, before any application context exists. */
public final class SqlRows {

    private SqlRows() {
    }

    /** The first column of every row the query returns, as text. */
    public static List<String> firstColumn(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
