package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.mixedmovements.tracker.SqlRows;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V15 on a database that already holds notifications and mail choices, on H2 and (when a server runs on 127.0.0.1:5432)
 * on PostgreSQL: a person who chose one mail mode for everything keeps it for every kind, the others get the kinds'
 * defaults; earlier notifications keep their link to the recommendation, a vote's links to its decision, and an
 * earlier task whose work cannot be followed is filed as done.
 */
class NotificationCentreMigrationTest {

    @Test
    void on_h2_earlier_choices_and_notifications_are_carried_over() throws SQLException {
        String url = "jdbc:h2:mem:notification-centre-migration;DB_CLOSE_DELAY=-1";
        migrateWithEarlierData(url, "sa", "");
    }

    @Test
    void on_postgresql_earlier_choices_and_notifications_are_carried_over() throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String database = "tracker_notification_centre_migration_test";
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database);
            sql.execute("create database " + database);
        } catch (SQLException noServer) {
            Assumptions.abort("No PostgreSQL server at 127.0.0.1:5432 (" + noServer.getMessage() + ")");
        }
        migrateWithEarlierData(server + database, "postgres", "");
    }

    private void migrateWithEarlierData(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("14")).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("insert into organisation (code, name, kind) values ('MIG', 'Migrated', 'NGO_NETWORK')");
            for (String name : List.of("none", "digest", "unset")) {
                sql.execute("insert into app_user (username, display_name, password_hash, organisation_id, created_at)"
                        + " select '" + name + "', '" + name + "', 'x', id, current_timestamp from organisation"
                        + " where code = 'MIG'");
            }
            sql.execute("insert into notification_preference (user_id, email_mode) select id, 'NONE' from app_user"
                    + " where username = 'none'");
            sql.execute("insert into notification_preference (user_id, email_mode) select id, 'DAILY_DIGEST'"
                    + " from app_user where username = 'digest'");
            notification(sql, "deadline:1:OVERDUE:2026-01-01", "OVERDUE", "7", null);
            notification(sql, "decision-opened:12", "VOTE_OPENED", "7", null);
            notification(sql, "task-assigned:t1:unset", "TASK_ASSIGNED", "7", null);
            notification(sql, "task-assigned:t2:unset", "TASK_ASSIGNED", "7", "5");
        }

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            assertThat(SqlRows.firstColumn(sql, "select distinct c.email_mode from notification_channel c join app_user u"
                    + " on u.id = c.user_id where u.username = 'none'")).containsExactly("NONE");
            assertThat(SqlRows.firstColumn(sql, "select count(*) from notification_channel c join app_user u on u.id = c.user_id"
                    + " where u.username = 'digest' and c.email_mode = 'DAILY_DIGEST'"))
                    // one row per kind V15 knew (the 20 it lists); kinds added since start from their default
                    .containsExactly("20");
            assertThat(SqlRows.firstColumn(sql, "select count(*) from notification_channel c join app_user u on u.id = c.user_id"
                    + " where u.username = 'unset'")).containsExactly("0");
            assertThat(SqlRows.firstColumn(sql, "select event_key || ' ' || coalesce(target, '-') || ' '"
                    + " || coalesce(work_key, '-') || ' ' || case when done_at is null then 'open' else 'done' end"
                    + " from notification order by event_key")).containsExactly(
                    "deadline:1:OVERDUE:2026-01-01 recommendations/7 - open",
                    "decision-opened:12 approvals/12 decision:12 open",
                    "task-assigned:t1:unset recommendations/7 - done",
                    "task-assigned:t2:unset tasks milestone:5 open");
            assertThat(SqlRows.firstColumn(sql, "select count(*) from notification_preference where time_zone is null"))
                    .containsExactly("2");
        }
    }

    private static void notification(Statement sql, String key, String kind, String recommendation, String milestone)
            throws SQLException {
        sql.execute("insert into notification (event_key, recipient_id, kind, recommendation_id, milestone_id,"
                + " arguments, created_at, delivery) select '" + key + "', id, '" + kind + "', " + recommendation + ", "
                + milestone + ", 'R7', current_timestamp, 'NONE' from app_user where username = 'unset'");
    }

}
