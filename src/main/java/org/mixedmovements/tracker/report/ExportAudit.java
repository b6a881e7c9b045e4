package org.mixedmovements.tracker.report;

import java.util.function.Supplier;
import org.mixedmovements.tracker.audit.AuditDetails;
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

    /**
     * Records the export of a file on the subject (a plan, or none for every plan), with the filters applied.
     *
     * @param fileKey  the bundles' words for the file ({@code audit.details.file.*})
     * @param planCode the plan exported, null for every plan
     */
    void record(String subjectType, Long subjectId, String fileKey, String planCode, Supplier<String> filters) {
        String applied = filters.get();
        record(subjectType, subjectId, AuditDetails.of("audit.details.exported", AuditDetails.word(fileKey),
                planCode == null ? "" : planCode, planCode == null ? 0 : 1, applied), applied);
    }

    /** Records an export described by its own details. */
    void record(String subjectType, Long subjectId, AuditDetails details, String snapshot) {
        transactions.executeWithoutResult(status -> audit.record(ACTION, subjectType, subjectId, details, snapshot));
    }
}
