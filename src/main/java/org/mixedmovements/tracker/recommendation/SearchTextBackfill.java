package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.Milestone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Recommendations and milestones saved before search existed have no search text: once the application is up, they
 * get it, a batch per transaction. New and changed rows get it from the entities themselves, so a second start finds
 * nothing to do.
 */
@Component
class SearchTextBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchTextBackfill.class);
    private static final int BATCH = 200;

    private final RecommendationSearchRepository recommendations;
    private final MilestoneSearchRepository milestones;
    private final TransactionTemplate transactions;

    SearchTextBackfill(RecommendationSearchRepository recommendations, MilestoneSearchRepository milestones,
                       PlatformTransactionManager transactionManager) {
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingSearchText() {
        int filled = run();
        if (filled > 0) {
            log.info("Search text filled in for {} recommendation(s) and milestone(s)", filled);
        }
    }

    /** Fills in every missing search text; returns how many rows it wrote. */
    int run() {
        int filled = 0;
        int written;
        do {
            written = transactions.execute(status -> {
                Slice<Recommendation> batch = recommendations.findBySearchTextIsNull(PageRequest.ofSize(BATCH));
                batch.forEach(Recommendation::indexForSearch);
                return batch.getNumberOfElements();
            });
            filled += written;
        } while (written > 0);
        do {
            written = transactions.execute(status -> {
                Slice<Milestone> batch = milestones.findBySearchTextIsNull(PageRequest.ofSize(BATCH));
                batch.forEach(Milestone::indexForSearch);
                return batch.getNumberOfElements();
            });
            filled += written;
        } while (written > 0);
        return filled;
    }
}
