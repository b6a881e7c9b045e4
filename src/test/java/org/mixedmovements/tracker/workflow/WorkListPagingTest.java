package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task lists longer than the engine's query limit ({@code query-max-results-limit=2000}, which Camunda applies only
 * while an engine user is authenticated, never in the tracker): counted and paged in the database. The tasks are bare engine tasks, offered to groups no other test uses and deleted afterwards: without a
 * process they have no milestone (the list is oldest first) and no kind, so the pages are read as the engine's tasks
 * ({@link WorkListQuery}); {@code TaskListServiceTest} reads them as work items through the services.
 */
@TrackerTest
class WorkListPagingTest {

    static final int TASKS = 2_100;
    static final String STAFF = WorkGroups.organisation("PAGING-TEST");
    static final String SEAT = WorkGroups.member("PAGING-TEST");
    static final String ELSEWHERE = WorkGroups.organisation("PAGING-ELSEWHERE");

    @Autowired TaskService engineTasks;
    @Autowired WorkItems workItems;
    @Autowired MilestoneUrgency urgency;
    @Autowired PlatformTransactionManager transactions;

    final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTheTasks() {
        TestClock.reset();
        if (created.isEmpty()) {
            return;
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> engineTasks.deleteTasks(created, true));
    }

    /** A task created at that instant, held by that user (or nobody), offered to the groups. */
    String task(Instant at, String assignee, String... groups) {
        TestClock.set(at);
        Task task = engineTasks.newTask();
        task.setAssignee(assignee);
        engineTasks.saveTask(task);
        for (String group : groups) {
            engineTasks.addCandidateGroup(task.getId(), group);
        }
        created.add(task.getId());
        return task.getId();
    }

    /** The ids of the list's tasks, a page of that size at a time. */
    List<String> pages(WorkList list, int size) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<String> page = page(list, offset, size);
            ids.addAll(page);
            if (page.size() < size) {
                return ids;
            }
        }
    }

    List<String> page(WorkList list, int offset, int size) {
        return new WorkListQuery(list).select(engineTasks, urgency).listPage(offset, size).stream()
                .map(Task::getId).toList();
    }

    @Test
    void moreTasksThanTheEnginesQueryLimitAreCountedAndPagedOldestFirstEachOnExactlyOnePage() {
        Instant start = TestClock.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> offered = new ArrayList<>();
        List<String> availableToMe = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < TASKS; i++) {
                String holder = i % 10 == 3 ? "someone.else" : i % 7 == 0 ? "me" : null;
                // every fifth task is offered to both groups of the list: still listed and counted once
                String id = i % 5 == 0 ? task(start.plusSeconds(i), holder, STAFF, SEAT)
                        : task(start.plusSeconds(i), holder, i % 2 == 0 ? STAFF : SEAT);
                offered.add(id);
                if (!"someone.else".equals(holder)) {
                    availableToMe.add(id);
                }
            }
            task(start, null, ELSEWHERE);
        });

        WorkList all = WorkList.offeredTo(Set.of(STAFF, SEAT));
        WorkList mine = WorkList.availableTo(Set.of(STAFF, SEAT), "me");
        assertThat(workItems.count(all)).isEqualTo(TASKS);
        assertThat(workItems.count(mine)).isEqualTo(availableToMe.size()).isLessThan(TASKS);
        assertThat(pages(all, 500)).containsExactlyElementsOf(offered);
        assertThat(pages(mine, 500)).containsExactlyElementsOf(availableToMe);
        assertThat(page(all, 2_050, 500)).containsExactlyElementsOf(offered.subList(2_050, TASKS));
        assertThat(workItems.count(WorkList.offeredTo(Set.of(ELSEWHERE)))).isEqualTo(1);
    }
}
