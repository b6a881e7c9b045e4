package org.mixedmovements.tracker.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A thing's history for people to read: newest first, one page at a time, with who acted for which organisation. */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    /** Stands in for "no parts": an id no row has, so the query needs no second form. */
    private static final List<Long> NO_PARTS = List.of(-1L);

    private final AuditHistoryRepository events;

    AuditHistory(AuditHistoryRepository events) {
        this.events = events;
    }

    /**
     * The entries about the subject and about its parts (for example a recommendation and its milestones), newest
     * first. The page's sort is ignored: a history reads from the latest entry.
     */
    public Page<AuditLine> newestFirst(String subjectType, Long subjectId, String partType, Collection<Long> partIds,
                                       Pageable page) {
        return events.newestFirst(subjectType, subjectId, partType,
                partIds == null || partIds.isEmpty() ? NO_PARTS : partIds,
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }
}
