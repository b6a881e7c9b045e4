package org.mixedmovements.tracker.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole audit log by filters, newest first, one page at a time. It checks nobody: the feature that shows the log
 * decides who reads which entries and narrows the filter first.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditSearchRepository events;

    AuditSearch(AuditSearchRepository events) {
        this.events = events;
    }

    /** The page's sort is ignored: the log reads from the latest entry. */
    public Page<AuditLine> newestFirst(AuditFilter filter, Pageable page) {
        return events.findAll(AuditSearchRepository.matching(filter),
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST))
                .map(e -> new AuditLine(e.getId(), e.getOccurredAt(), e.getActor(), e.getOrganisationId(),
                        e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getSummary(), e.getSnapshot(),
                        e.getDetails()));
    }

    public long count(AuditFilter filter) {
        return events.count(AuditSearchRepository.matching(filter));
    }

    /** Every kind of action the log holds, for a filter's choices. */
    public List<String> actions() {
        return events.actions();
    }
}
