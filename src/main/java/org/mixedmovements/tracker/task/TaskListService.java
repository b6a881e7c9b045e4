package org.mixedmovements.tracker.task;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workflow.WorkList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists of "my tasks", a page at a time: mine (held by me or free for me to claim) and my organisation's
 * (every open task of its groups, with who holds it). Late milestone work first, then by due date, then oldest first:
 * sorted, counted and cut into pages in the database ({@link WorkItems#page}), so only the page's tasks are read.
 */
@Service
@Transactional(readOnly = true)
public class TaskListService {

    static final int MAX_PAGE = 500;

    private final WorkItems workItems;
    private final TaskCards cards;
    private final ContentTranslationService translations;

    TaskListService(WorkItems workItems, TaskCards cards, ContentTranslationService translations) {
        this.workItems = workItems;
        this.cards = cards;
        this.translations = translations;
    }

    /**
     * One page of the list as {@link #page(TaskScope, int, int)}, with each recommendation's title and milestone's
     * name in the reader's language where the plan has a translation (else the original, as the plan wrote it).
     */
    public List<TaskEntry> page(TaskScope scope, int offset, int limit, Locale reader) {
        List<TaskEntry> entries = page(scope, offset, limit);
        ContentTranslationService.Reading titles = translations.read("recommendation",
                entries.stream().map(e -> e.card().recommendationId()).filter(Objects::nonNull).distinct().toList(),
                reader);
        ContentTranslationService.Reading names = translations.read("milestone",
                entries.stream().map(e -> e.card().milestoneId()).filter(Objects::nonNull).distinct().toList(), reader);
        return entries.stream().map(e -> {
            TaskCard card = e.card();
            String title = card.recommendationId() == null ? card.recommendationTitle()
                    : titles.text(card.recommendationId(), TranslatedField.TITLE, card.recommendationTitle()).text();
            String milestone = card.milestoneId() == null || card.milestoneName() == null ? card.milestoneName()
                    : names.text(card.milestoneId(), TranslatedField.MILESTONE_NAME, card.milestoneName()).text();
            return e.withCard(card.withTexts(title, milestone));
        }).toList();
    }

    /** One page of the list, in list order: at most {@code limit} tasks, and never more than 500. */
    public List<TaskEntry> page(TaskScope scope, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw InvalidInputException.of("page", "mytasks.error.page", MAX_PAGE);
        }
        TrackerUser user = CurrentUser.require();
        Map<Long, MilestoneRow> milestones = new HashMap<>();
        Map<String, String> names = TaskCards.names();
        return workItems.page(list(scope, user), offset, Math.min(limit, MAX_PAGE)).stream()
                .map(i -> cards.entry(i, i.milestoneId() == null ? null
                        : milestones.computeIfAbsent(i.milestoneId(), cards::milestone), user, names))
                .toList();
    }

    public int count(TaskScope scope) {
        return Math.toIntExact(workItems.count(list(scope, CurrentUser.require())));
    }

    private static WorkList list(TaskScope scope, TrackerUser user) {
        if (scope == TaskScope.MINE) {
            return WorkList.availableTo(WorkGroups.of(user), user.getUsername());
        }
        Set<String> groups = new LinkedHashSet<>(WorkGroups.of(user));
        groups.add(WorkGroups.organisation(user.organisationCode()));
        groups.add(WorkGroups.member(user.organisationCode()));
        return WorkList.offeredTo(groups);
    }
}
