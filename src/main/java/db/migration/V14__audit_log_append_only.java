package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log is append-only in the database too, not only in code: a trigger rejects every UPDATE and DELETE of
 * {@code audit_event} (and PostgreSQL's TRUNCATE). A Java migration because the two databases need different SQL: H2
 * calls a Java class ({@code audit.AppendOnlyTrigger}), PostgreSQL a PL/pgSQL function. Correcting an entry means
 * appending a new one; removing history needs a database administrator to drop the trigger on purpose.
 */
public class V14__audit_log_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        try (Statement sql = context.getConnection().createStatement()) {
            if (database.contains("postgres")) {
                sql.execute("""
                        create function audit_event_append_only() returns trigger language plpgsql as $$
                        begin
                            raise exception 'audit_event is append-only: % is not allowed', tg_op
                                using errcode = '2F003';
                        end
                        $$""");
                sql.execute("create trigger audit_event_no_update before update or delete on audit_event "
                        + "for each row execute function audit_event_append_only()");
                sql.execute("create trigger audit_event_no_truncate before truncate on audit_event "
                        + "for each statement execute function audit_event_append_only()");
            } else if (database.contains("h2")) {
                String trigger = "'org.mixedmovements.tracker.audit.AppendOnlyTrigger'";
                sql.execute("create trigger audit_event_no_update before update on audit_event for each row call "
                        + trigger);
                sql.execute("create trigger audit_event_no_delete before delete on audit_event for each row call "
                        + trigger);
            } else {
                throw new IllegalStateException("V14: no append-only trigger for " + database);
            }
        }
    }
}
