package org.mixedmovements.tracker.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.mixedmovements.tracker.recommendation.RecommendationHit;
import org.mixedmovements.tracker.recommendation.RecommendationSearch;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches for the signed-in user: every recommendation and milestone, and the open tasks offered to the user (the
 * ones "my tasks" lists) whose recommendation or milestone matches. Each part is paged on its own.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    private final RecommendationSearch search;
    private final MyTaskService tasks;

    SearchService(RecommendationSearch search, MyTaskService tasks) {
        this.search = search;
        this.tasks = tasks;
    }

    /**
     * Whether the query has anything to search for; a query longer than {@link SearchText#MAX_QUERY} characters is
     * refused with a message.
     */
    public boolean searchable(String query) {
        if (query != null && query.strip().length() > SearchText.MAX_QUERY) {
            throw InvalidInputException.of("q", "search.error.too-long", SearchText.MAX_QUERY);
        }
        return !SearchText.words(query).isEmpty();
    }

    public Page<RecommendationHit> recommendations(String query, Pageable page) {
        return search.recommendations(query, page);
    }

    public Page<MilestoneListRow> milestones(String query, Pageable page) {
        return search.milestones(query, page);
    }

    /** The user's open tasks whose recommendation (code, title, text) or milestone (name) matches, in "my tasks" order. */
    public Page<TaskCard> tasks(String query, Pageable page) {
        if (!searchable(query)) {
            return Page.empty(page);
        }
        List<TaskCard> mine = tasks.myTasks();
        Set<Long> recommendations = search.recommendationsMatching(
                mine.stream().map(TaskCard::recommendationId).filter(Objects::nonNull).distinct().toList(), query);
        Set<Long> milestones = search.milestonesMatching(
                mine.stream().map(TaskCard::milestoneId).filter(Objects::nonNull).distinct().toList(), query);
        List<TaskCard> found = mine.stream()
                .filter(c -> (c.recommendationId() != null && recommendations.contains(c.recommendationId()))
                        || (c.milestoneId() != null && milestones.contains(c.milestoneId())))
                .toList();
        int from = (int) Math.min(page.getOffset(), found.size());
        int to = Math.min(from + page.getPageSize(), found.size());
        return new PageImpl<>(found.subList(from, to), page, found.size());
    }
}
