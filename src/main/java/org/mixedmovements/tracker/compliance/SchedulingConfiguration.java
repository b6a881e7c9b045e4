package org.mixedmovements.tracker.compliance;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily (hourly-checked) re-evaluation of the compliance read model. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
