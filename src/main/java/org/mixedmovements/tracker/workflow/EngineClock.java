package org.mixedmovements.tracker.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One "now" for the whole application: the engine's clock. Timers and compliance rules can never disagree about the
 * time, and a test that moves the engine's clock moves everything. This is the only class that reads the system clock
 * ({@code ArchitectureTest} fails the build on any other read): everything else asks the {@link Clock} bean.
 */
@Configuration
class EngineClock {

    @Bean
    Clock clock() {
        return new ZonedEngineClock(ZoneOffset.UTC);
    }

    /** How far the application's clock stands from the system clock, in milliseconds (0 unless set apart). */
    static long offsetFromSystem() {
        return ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    }

    /**
     * Lets the application's clock run again, this far from the system clock; within a second of it counts as the
     * system clock itself (the engine's clock then follows the system's exactly).
     */
    static void runAt(long offsetFromSystem) {
        if (Math.abs(offsetFromSystem) < 1_000) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(offsetFromSystem);
        }
    }

    /** The engine's clock seen from a time zone. */
    private static final class ZonedEngineClock extends Clock {

        private final ZoneId zone;

        ZonedEngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ZonedEngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
