package org.mixedmovements.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as the README's run command starts it: demo accounts and the demo state of work, on a random port,
 * with a database and engine of its own. Every browser journey and the demo-state checks share this one context, so
 * the suite starts it once; it is separate from {@link TrackerTest}'s context, where each test makes its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tracker-demo-state;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demostate",
        "tracker.demo.state=true"})
@ActiveProfiles({"demo", "test"})
public @interface DemoApplicationTest {
}
