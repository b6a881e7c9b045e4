package org.mixedmovements.tracker;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL test run, the shared test context's in-memory H2 database (application-test.properties) becomes
 * one fresh PostgreSQL database for the whole test JVM, so Flyway's migrations and Camunda's schema run there and every
 * {@link TrackerTest} works on it. Contexts that name a database of their own (a file, another database) keep it.
 */
public class PostgresTestEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SHARED_TEST_DATABASE = "jdbc:h2:mem:tracker-test;DB_CLOSE_DELAY=-1";
    private static String sharedUrl;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PostgresTestDatabase.wanted()
                || !SHARED_TEST_DATABASE.equals(environment.getProperty("spring.datasource.url"))
                || PostgresTestDatabase.whyUnreachable().isPresent()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", sharedUrl(),
                "spring.datasource.username", PostgresTestDatabase.user(),
                "spring.datasource.password", PostgresTestDatabase.password())));
    }

    private static synchronized String sharedUrl() {
        if (sharedUrl == null) {
            sharedUrl = PostgresTestDatabase.createFresh();
            System.out.println("Tests run on PostgreSQL database " + sharedUrl);
        }
        return sharedUrl;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
