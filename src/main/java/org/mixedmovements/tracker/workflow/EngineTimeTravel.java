package org.mixedmovements.tracker.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Replays work at past dates for the demo profile: sets the engine's clock (which is the application's clock, see
 * {@link EngineClock}) and runs the timers that have come due, in due order, as the job executor would have. Only used
 * before the job executor starts, so no job runs twice.
 */
@Component
@Profile("demo")
public class EngineTimeTravel {

    private static final int MAX_JOBS = 10_000;

    private final ManagementService management;
    /** Where the clock stood from the system clock before the first trip; null when not travelling. */
    private Long present;

    EngineTimeTravel(ManagementService management) {
        this.management = management;
    }

    /** Stops the application's clock at the moment; {@link #backToPresent} lets it run again where it was. */
    public synchronized void travelTo(Instant moment) {
        if (present == null) {
            present = EngineClock.offsetFromSystem();
        }
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /**
     * Lets the clock run again as before the first trip: the system's time in production, the time a test set for the
     * whole application in tests.
     */
    public synchronized void backToPresent() {
        if (present != null) {
            EngineClock.runAt(present);
            present = null;
        }
    }

    /** Runs every job due at the engine's current time, including the ones those jobs create; returns how many ran. */
    public int runDueJobs() {
        int ran = 0;
        while (ran < MAX_JOBS) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 50);
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("more than " + MAX_JOBS + " due jobs: a timer loop?");
    }
}
