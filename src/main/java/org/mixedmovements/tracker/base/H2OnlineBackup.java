package org.mixedmovements.tracker.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The online backup of the embedded H2 file, which no other process can open while the application runs: with
 * {@code tracker.backup.directory} set, the application writes H2's {@code BACKUP TO} (a zip of the database file,
 * transactionally consistent while users and timers keep working) into that folder on {@code tracker.backup.cron}
 * (02:30 every day by default; {@code -} for none). Everything is in it: the application's tables, the engine's (running
 * processes, their timers, history) and the evidence files, which are rows of the database. Refuses to start on another
 * database, where the database's own tools do it (docs/operations.md, "Backup and restore").
 */
@Component
@ConditionalOnProperty(name = "tracker.backup.directory")
public class H2OnlineBackup {

    private static final Logger LOG = LoggerFactory.getLogger(H2OnlineBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path directory;

    H2OnlineBackup(JdbcTemplate jdbc, Clock clock, @Value("${tracker.backup.directory}") Path directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory.toAbsolutePath();
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            throw new IllegalStateException("tracker.backup.directory backs up the embedded H2 file database "
                    + "(jdbc:h2:file:...), not " + url + "; on PostgreSQL back up with pg_dump (docs/operations.md)");
        }
    }

    @Scheduled(cron = "${tracker.backup.cron:0 30 2 * * *}")
    void onSchedule() {
        backUp();
    }

    /** Writes a backup now ({@code tracker-<UTC time>.zip} in the folder) and returns its file. */
    public Path backUp() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
        Path file = directory.resolve("tracker-" + STAMP.format(clock.instant()) + ".zip");
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        LOG.info("Database backed up to {}", file);
        return file;
    }
}
