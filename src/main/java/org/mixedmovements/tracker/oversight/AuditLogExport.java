package org.mixedmovements.tracker.oversight;

import java.time.ZoneId;
import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;

/**
 * The audit view's CSV file: the entries of the selection as the view lists them, for the same reader (the report
 * module writes it, and writes the export itself to the audit log).
 */
public interface AuditLogExport {

    /** Times in {@code zone}, texts in {@code locale}. */
    ExportFile csv(AuditSelection selection, ZoneId zone, Locale locale);
}
