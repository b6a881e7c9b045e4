package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The H2 online backup on its own: a zip named by the moment, restorable with H2's tool; other databases refused. */
class H2OnlineBackupTest {

    static JdbcTemplate jdbc(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("tracker");
        return new JdbcTemplate(source);
    }

    @Test
    void aBackupOfAnOpenFileIsAZipNamedByTheMomentThatRestoresItsRows() throws Exception {
        Path directory = Files.createTempDirectory("h2-backup");
        try {
            JdbcTemplate running = jdbc("jdbc:h2:file:" + directory.resolve("db").resolve("tracker") + ";DB_CLOSE_DELAY=-1");
            running.execute("create table note (id int primary key, text varchar(100))");
            running.update("insert into note values (1, 'kept')");
            Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:30:00Z"), ZoneOffset.UTC);

            Path backup = new H2OnlineBackup(running, clock, directory.resolve("backups")).backUp();

            assertThat(backup.getFileName()).hasToString("tracker-20261207-083000.zip");
            Restore.execute(backup.toString(), directory.resolve("restored").toString(), "tracker");
            JdbcTemplate restored = jdbc("jdbc:h2:file:" + directory.resolve("restored").resolve("tracker"));
            assertThat(restored.queryForObject("select text from note where id = 1", String.class)).isEqualTo("kept");
            running.execute("shutdown");
            restored.execute("shutdown");
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void anInMemoryDatabaseIsRefusedAtStartWithWhereToLook() {
        assertThatThrownBy(() -> new H2OnlineBackup(jdbc("jdbc:h2:mem:h2-backup-test"), Clock.systemUTC(),
                Path.of("backups")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pg_dump").hasMessageContaining("jdbc:h2:mem:");
    }
}
