package org.mixedmovements.tracker.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. Entries join the caller's transaction: an action that rolls back leaves no entry. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in user (or of the system when none is signed in).
     *
     * @param details  what was decided or changed, and why: a key of the bundles ({@code audit.details.*}) and its
     *                 arguments, shown to each reader in their language (its English text is kept as the summary)
     * @param snapshot the state of the subject at that moment
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Long subjectId, AuditDetails details, String snapshot) {
        Long organisationId = CurrentUser.find().map(TrackerUser::organisationId).orElse(null);
        events.save(new AuditEvent(clock.instant(), CurrentUser.actorName(), organisationId, action, subjectType,
                subjectId, english(details), truncate(snapshot, 10000), details));
    }

    /**
     * Records an action on behalf of someone who is not (yet) signed in: a sign-in attempt names the username typed,
     * whether or not such an account exists (cut to the column's 60 characters).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, Long organisationId, String action, String subjectType, Long subjectId,
                         AuditDetails details) {
        events.save(new AuditEvent(clock.instant(), truncate(actor == null || actor.isBlank() ? "(none)" : actor, 60),
                organisationId, action, subjectType, subjectId, english(details), null, details));
    }

    private static String english(AuditDetails details) {
        return truncate(details.render(Languages.DEFAULT), 2000);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String subjectType, Long subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(subjectType, subjectId).stream()
                .map(e -> new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSummary(),
                        e.getDetails()))
                .toList();
    }

    /** Every entry about these subjects, oldest first, with its snapshot: for rebuilding what stood on a past day. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recordsAbout(String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return events.findBySubjectTypeAndSubjectIdInOrderByOccurredAtAscIdAsc(subjectType, subjectIds).stream()
                .map(e -> new AuditRecord(e.getOccurredAt(), e.getAction(), e.getSubjectId(), e.getSummary(),
                        e.getSnapshot(), e.getDetails()))
                .toList();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
