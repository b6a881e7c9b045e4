package org.mixedmovements.tracker.cluster;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerApplication;
import org.mixedmovements.tracker.milestone.MilestoneDeadlineReached;
import org.mixedmovements.tracker.task.MyTaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application node: the whole application (web server on a random port, its own engine name, its job executor
 * on) on a database it shares with other nodes. Counts the deadline steps this node fired, so a test can see that the
 * work was shared and that no step went out twice.
 */
public final class Node implements AutoCloseable {

    final String name;
    final ConfigurableApplicationContext context;
    /** Deadline steps this node recorded (each one is what a notification would go out for). */
    final AtomicInteger deadlineSteps = new AtomicInteger();

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
            if (event.getPayload() instanceof MilestoneDeadlineReached) {
                deadlineSteps.incrementAndGet();
            }
        });
    }

    /** Starts a node on the database with its job executor on (as every production node runs). */
    public static Node start(String name, String jdbcUrl, String user, String password, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=0", "--spring.main.banner-mode=off",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
                .profiles("demo", "test")
                .run(args.toArray(String[]::new));
        return new Node(name, context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Fixtures fixtures() {
        return bean(Fixtures.class);
    }

    public MyTaskService tasks() {
        return bean(MyTaskService.class);
    }

    /** The port its web server listens on (random). */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
