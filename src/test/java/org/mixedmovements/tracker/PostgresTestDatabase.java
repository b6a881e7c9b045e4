package org.mixedmovements.tracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests use when they run on PostgreSQL ({@code mvn verify}'s {@code postgres} execution sets
 * {@code tracker.test.database=postgres}). By default {@code jdbc:postgresql://127.0.0.1:5432/postgres} as user
 * {@code postgres} with no password; override with the system properties {@code tracker.test.postgres.url},
 * {@code .user}, {@code .password} or the environment variables {@code TRACKER_TEST_PG_URL}, {@code _USER},
 * {@code _PASSWORD}. Each test JVM makes its own databases ({@code tracker_ci_<random>}) and drops them when it ends.
 */
public final class PostgresTestDatabase {

    public static final String MODE_PROPERTY = "tracker.test.database";

    private static volatile String unreachable;
    private static volatile boolean checked;

    private PostgresTestDatabase() {
    }

    /** Whether this test run is the PostgreSQL one. */
    public static boolean wanted() {
        return "postgres".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, ""));
    }

    public static String serverUrl() {
        return setting("tracker.test.postgres.url", "TRACKER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return setting("tracker.test.postgres.user", "TRACKER_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return setting("tracker.test.postgres.password", "TRACKER_TEST_PG_PASSWORD", "");
    }

    /** Why the server cannot be used (empty when it answers). Asked once per JVM. */
    public static synchronized Optional<String> whyUnreachable() {
        if (!checked) {
            checked = true;
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(serverUrl(), user(), password())) {
                c.isValid(3);
            } catch (SQLException e) {
                unreachable = "no PostgreSQL reachable at " + serverUrl() + " as " + user() + " (" + e.getMessage()
                        + "); set tracker.test.postgres.url/.user/.password or TRACKER_TEST_PG_URL/_USER/_PASSWORD";
            }
        }
        return Optional.ofNullable(unreachable);
    }

    /**
     * Creates an empty database {@code tracker_ci_<random>}, dropped when the JVM ends after Spring Boot has closed
     * every application context (so no engine is still writing to it); returns its JDBC URL.
     */
    public static String createFresh() {
        String name = "tracker_ci_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        SpringApplication.getShutdownHandlers().add(() -> {
            awaitContextsClosing();
            drop(name);
        });
        return urlOf(name);
    }

    /**
     * Test contexts may be closed by Spring's own shutdown hook, which runs at the same time as Spring Boot's: wait for
     * it, so the engine and the connection pool have let go of the database before it is dropped.
     */
    private static void awaitContextsClosing() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread()
                    && AbstractApplicationContext.SHUTDOWN_HOOK_THREAD_NAME.equals(thread.getName())) {
                try {
                    thread.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Drops and creates the database of that name (the benchmarks keep theirs after the run, to be looked at); returns
     * its JDBC URL.
     */
    public static String recreate(String name) {
        execute("drop database if exists " + name + " with (force)");
        execute("create database " + name);
        return urlOf(name);
    }

    /** Points the test's application at that database, as the server's user. */
    public static void useAsDataSource(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    /** The JDBC URL of a database on the same server. */
    public static String urlOf(String database) {
        String server = serverUrl();
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String params = query < 0 ? "" : server.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    public static String nameOf(String url) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** Drops the database, closing whatever connections are still open to it (PostgreSQL 13+). */
    public static void drop(String name) {
        try {
            execute("drop database if exists " + name + " with (force)");
        } catch (RuntimeException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
