package org.mixedmovements.tracker.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is append-only: the code has no way to change or remove an entry, and the database refuses to, on H2
 * (this test's database) and on PostgreSQL (a database of its own on the local server, when one runs).
 */
@TrackerTest
class AuditLogAppendOnlyTest {

    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        transaction.executeWithoutResult(s -> audit.record("TEST_APPEND_ONLY", "test", 4711L,
                AuditDetails.of("audit.details.comment-added", "test", "Written once"), null));
        Long id = jdbc.queryForObject("select max(id) from audit_event where action = 'TEST_APPEND_ONLY'", Long.class);
        long before = count();

        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'Rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id))
                .isEqualTo("Comment on test: Written once");
    }

    @Test
    void theCodeHasNoPathToChangeOrRemoveAnEntry() {
        // the repository saves (new entries: the entity has no setters and is @Immutable) and reads, nothing else
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find"));
        assertThat(AuditHistoryRepository.class.getMethods()).allMatch(m -> m.getName().startsWith("newestFirst"));
        assertThat(AuditEvent.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(AuditEvent.class.getDeclaredMethods())
                .noneMatch(m -> m.getName().startsWith("set") && !Modifier.isStatic(m.getModifiers()));
        // and nothing outside the audit package can reach the entity or the repositories
        noClasses().that().resideOutsideOfPackage("org.mixedmovements.tracker.audit..")
                .should().dependOnClassesThat().belongToAnyOf(AuditEvent.class, AuditEventRepository.class,
                        AuditHistoryRepository.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.mixedmovements.tracker"));
    }

    @Test
    void onPostgresqlTheTriggerRefusesUpdateDeleteAndTruncate() throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String database = "tracker_audit_append_only_test";
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database);
            sql.execute("create database " + database);
        } catch (SQLException noServer) {
            Assumptions.abort("No PostgreSQL server at 127.0.0.1:5432 (" + noServer.getMessage() + ")");
        }
        Flyway.configure().dataSource(server + database, "postgres", "").locations("classpath:db/migration")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("insert into audit_event (occurred_at, actor, action, subject_type, summary) "
                    + "values (current_timestamp, 'tester', 'TEST', 'test', 'Written once')");
            for (String change : new String[] {"update audit_event set summary = 'Rewritten'",
                    "delete from audit_event", "truncate audit_event"}) {
                assertThatThrownBy(() -> sql.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            ResultSet rows = sql.executeQuery("select count(*), min(summary) from audit_event");
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo("Written once");
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }
}
