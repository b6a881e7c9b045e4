package org.mixedmovements.tracker.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.PostgresTestDatabase;
import org.mixedmovements.tracker.SqlRows;

/**
 * V30 on a database whose recommendations hold the old Spanish text (V1's {@code full_text_es}): each text becomes a
 * Spanish translation of the full text with its own mark, a Spanish text there is already stays unless the old one
 * was official and it was not, and the column is gone. On H2 in the ordinary run, on a fresh PostgreSQL database in
 * the PostgreSQL execution ({@code mvn surefire:test@postgres -Dtest=SpanishTextMigrationTest}).
 */
@Tag("database")
class SpanishTextMigrationTest {

    @Test
    void theOldSpanishTextsBecomeSpanishTranslationsWithTheirMarkAndTheColumnIsGone() throws SQLException {
        if (PostgresTestDatabase.wanted()) {
            String url = PostgresTestDatabase.createFresh();
            try {
                migrateWithEarlierTexts(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
            } finally {
                PostgresTestDatabase.drop(PostgresTestDatabase.nameOf(url));
            }
        } else {
            migrateWithEarlierTexts("jdbc:h2:mem:spanish-text-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "sa", "");
        }
    }

    private void migrateWithEarlierTexts(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("29")).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("insert into plan (code, title, languages, time_zone, created_at)"
                    + " values ('MIG', 'Migrated', 'en;es', 'America/Panama', current_timestamp)");
            // unofficial (the column's default), official, blank, none; two with a translation since V29
            recommendation(sql, "M1", "' Resumen no oficial. '", null);
            recommendation(sql, "M2", "'Texto oficial.'", false);
            recommendation(sql, "M3", "'   '", null);
            recommendation(sql, "M4", "null", null);
            recommendation(sql, "M5", "'Texto antiguo no oficial.'", null);
            recommendation(sql, "M6", "'Texto antiguo oficial.'", false);
            translation(sql, "M5", "Resumen importado.", true);
            translation(sql, "M6", "Resumen importado.", true);
        }

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            assertThat(SqlRows.firstColumn(sql, "select r.code || ' ' || t.text || ' ' || case when t.unofficial then 'unofficial'"
                    + " else 'official' end from content_translation t join recommendation r on r.id = t.subject_id"
                    + " where t.subject_type = 'recommendation' and t.field = 'FULL_TEXT' and t.language = 'es'"
                    + " order by r.code")).containsExactly(
                    "M1 Resumen no oficial. unofficial",
                    "M2 Texto oficial. official",
                    "M5 Resumen importado. unofficial",
                    "M6 Texto antiguo oficial. official");
            assertThat(SqlRows.firstColumn(sql, "select count(*) from information_schema.columns where lower(table_name) ="
                    + " 'recommendation' and lower(column_name) like 'full_text_es%'")).containsExactly("0");
        }
    }

    private static void recommendation(Statement sql, String code, String spanish, Boolean unofficial)
            throws SQLException {
        sql.execute("insert into recommendation (plan_id, code, position, title, full_text, full_text_es,"
                + " full_text_es_unofficial, theme, coordination_level, scope, status) select id, '" + code + "', 1,"
                + " 'Title', 'Words.', " + spanish + ", " + (unofficial == null || unofficial) + ", 'Theme', 'BOTH',"
                + " 'REGIONAL', 'NEW' from plan where code = 'MIG'");
    }

    private static void translation(Statement sql, String code, String text, boolean unofficial) throws SQLException {
        sql.execute("insert into content_translation (subject_type, subject_id, field, language, text, unofficial)"
                + " select 'recommendation', id, 'FULL_TEXT', 'es', '" + text + "', " + unofficial
                + " from recommendation where code = '" + code + "'");
    }

}
