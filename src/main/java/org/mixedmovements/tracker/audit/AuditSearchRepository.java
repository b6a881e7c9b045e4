package org.mixedmovements.tracker.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the whole log by filters, page by page (the log only grows, so it is never read at once). */
interface AuditSearchRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> actions();

    /** A filter's parts as one specification; each null part lets every entry through. */
    static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (filter.actor() != null) {
                parts.add(cb.equal(root.get("actor"), filter.actor()));
            }
            if (filter.action() != null) {
                parts.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.organisationId() != null) {
                parts.add(cb.equal(root.get("organisationId"), filter.organisationId()));
            }
            if (filter.subjectType() != null) {
                parts.add(cb.equal(root.get("subjectType"), filter.subjectType()));
                if (filter.subjectId() != null) {
                    parts.add(cb.equal(root.get("subjectId"), filter.subjectId()));
                }
            }
            if (filter.from() != null) {
                parts.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.until() != null) {
                parts.add(cb.lessThan(root.get("occurredAt"), filter.until()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }
}
