package org.mixedmovements.tracker.planimport;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Runs the checking and the writing of an import away from the request thread, so a view can show a progress bar
 * meanwhile, as the user who started it (their security context goes along). Two imports at a time at most.
 */
@Component
public class ImportJobs {

    private final ExecutorService threads;

    ImportJobs() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "plan-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.threads = new DelegatingSecurityContextExecutorService(pool);
    }

    public <T> CompletableFuture<T> run(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
