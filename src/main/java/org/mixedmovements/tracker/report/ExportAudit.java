package org.mixedmovements.tracker.report;

import java.util.function.Supplier;
import org.mixedmovements.tracker.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes "who exported what, with which filters" to the audit log, in a transaction of its own that commits before
 * the file is written: the entry stays even if the download is broken off, and the export's reads (page by page, one
 * short read-only transaction each) hold no write transaction open while a large file streams.
 */
@Component
class ExportAudit {

    static final String ACTION = "EXPORTED";

    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ExportAudit(AuditLog audit, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records the export of {@code what} on the subject (a plan, or none for every plan), with the filters applied. */
    void record(String subjectType, Long subjectId, String what, Supplier<String> filters) {
        String applied = filters.get();
        transactions.executeWithoutResult(status -> audit.record(ACTION, subjectType, subjectId,
                what + "; filters: " + applied, applied));
    }
}
