package org.mixedmovements.tracker.bench;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * The job-executor settings of the benchmark, the same for the application (application-bench.properties) and the
 * bare engine. Why these values: docs/performance.md ("Job executor").
 */
final class BenchSettings {

    static final int CORE_POOL_SIZE = 4;
    static final int MAX_POOL_SIZE = 4;
    static final int QUEUE_SIZE = 64;
    static final int MAX_JOBS_PER_ACQUISITION = 64;
    static final int WAIT_TIME_MILLIS = 1000;
    static final int LOCK_TIME_MILLIS = 300_000;

    /** Multiplies every data size: 1.0 is the documented run (160,000 milestones, 10,000 timers). */
    final double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    /** Multiplies the dashboard's data set only (50 plans of 3,200 milestones at 1.0); defaults to the scale. */
    final double dataScale = Double.parseDouble(System.getProperty("bench.data.scale",
            System.getProperty("bench.scale", "1.0")));
    /** Dashboard requests per round. */
    final int requests = Integer.getInteger("bench.requests", 100);
    /** h2 or postgres. */
    final String db = System.getProperty("bench.db", "h2");
    /** Measured rounds of each timed scenario, after one warm-up round. */
    final int rounds = Integer.getInteger("bench.rounds", 3);

    int scaled(int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * scale));
    }

    boolean postgres() {
        return db.equals("postgres");
    }

    void apply(DefaultJobExecutor executor) {
        executor.setCorePoolSize(CORE_POOL_SIZE);
        executor.setMaxPoolSize(MAX_POOL_SIZE);
        executor.setQueueSize(QUEUE_SIZE);
        executor.setMaxJobsPerAcquisition(MAX_JOBS_PER_ACQUISITION);
        executor.setWaitTimeInMillis(WAIT_TIME_MILLIS);
        executor.setLockTimeInMillis(LOCK_TIME_MILLIS);
    }
}
