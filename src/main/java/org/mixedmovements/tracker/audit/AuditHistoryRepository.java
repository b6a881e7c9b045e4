package org.mixedmovements.tracker.audit;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads one subject's history together with its parts' (a recommendation and its milestones), page by page. */
interface AuditHistoryRepository extends Repository<AuditEvent, Long> {

    @Query(value = """
            select new org.mixedmovements.tracker.audit.AuditLine(e.id, e.occurredAt, e.actor, e.organisationId,
                e.action, e.subjectType, e.subjectId, e.summary, e.snapshot, e.detailsKey, e.detailsArgs)
            from AuditEvent e
            where (e.subjectType = :type and e.subjectId = :id)
               or (e.subjectType = :partType and e.subjectId in :partIds)
            order by e.occurredAt desc, e.id desc""",
            countQuery = """
            select count(e) from AuditEvent e
            where (e.subjectType = :type and e.subjectId = :id)
               or (e.subjectType = :partType and e.subjectId in :partIds)""")
    Page<AuditLine> newestFirst(@Param("type") String type, @Param("id") Long id,
                                @Param("partType") String partType, @Param("partIds") Collection<Long> partIds,
                                Pageable page);
}
