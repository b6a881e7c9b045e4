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
 * time, and a test that moves the engine's clock moves everything.
 */
@Configuration
class EngineClock {

    @Bean
    Clock clock() {
        return new ZonedEngineClock(ZoneOffset.UTC);
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
