package org.mixedmovements.tracker;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's clock in every test (registered for all tests through JUnit's extension auto-detection): the test
 * JVM's clock runs from {@link #START}, never from the day the suite happens to run, so the suite gives the same result
 * on 31 December, on 29 February and in any time zone. Contexts started by the tests (and the demo state they load)
 * see the same clock, since the application's clock is the engine's (EngineClock).
 *
 * <p>A test that needs another moment calls {@link #set} or {@link #advance}; after each test the clock runs again from
 * where the suite's clock stands, so time never runs backwards between tests and one test's data cannot look newer
 * than the next one's. Waits and time-outs use the system clock on purpose, as does the crash test, whose child JVM
 * runs on it ({@link #followTheSystemClock}).
 */
public final class TestClock implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    /**
     * Wednesday 17 June 2026, 15:00 UTC: 10:00 in the shipped plan's zone (America/Panama), the same date from UTC−12 to
     * UTC+13 (05:00 on the 18th at UTC+14), mid-month and mid-quarter, so no edge of a day, month, quarter or year
     * falls within a run of the suite unless a test sets one.
     */
    public static final Instant START = Instant.parse("2026-06-17T15:00:00Z");

    /** How far the suite's clock stands from the system clock: fixed when the first test starts. */
    private static final long OFFSET = START.toEpochMilli() - System.currentTimeMillis();

    @Override
    public void beforeAll(ExtensionContext context) {
        reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }

    /** Stops the application's clock at the moment, until {@link #reset} or the end of the test. */
    public static void set(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Stops the application's clock this much later than it reads now. */
    public static void advance(Duration by) {
        set(now().plus(by));
    }

    /** What the application's clock reads. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Lets the application's clock follow the system clock until the end of the test: for a test whose child JVM (on
     * the system clock, as in production) sets due dates that this JVM's engine must then fire.
     */
    public static void followTheSystemClock() {
        ClockUtil.reset();
    }

    /** Lets the application's clock run again with the suite's clock. */
    public static void reset() {
        ClockUtil.offset(OFFSET);
    }
}
