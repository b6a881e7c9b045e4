package org.mixedmovements.tracker.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Only saves and reads: the log has no update or delete path. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(String subjectType, Long subjectId);

    List<AuditEvent> findBySubjectTypeAndSubjectIdInOrderByOccurredAtAscIdAsc(String subjectType,
                                                                             Collection<Long> subjectIds);
}
