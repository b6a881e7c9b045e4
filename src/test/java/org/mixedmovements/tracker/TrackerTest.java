package org.mixedmovements.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the demo accounts and an in-memory database. Every test class that
 * uses this one annotation shares one Spring context, so the suite starts the application once. Process test coverage
 * is recorded for every class (reports in target/process-test-coverage); {@code ProcessCoverageGateTest} checks the
 * whole suite's coverage at the end.
 *
 * <p>Tagged {@code database}: {@code mvn verify} runs these classes a second time on a fresh PostgreSQL database
 * (except the view tests in {@code ui} packages), and skips that run with the reason when no server answers
 * ({@link PostgresTestEnvironment}, {@link PostgresAvailable}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
public @interface TrackerTest {
}
