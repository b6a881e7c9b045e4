package org.mixedmovements.tracker.compliance;

import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;

/**
 * The dashboard's exports, for the selection it shows (the same filter objects, so the same figures): a compliance
 * report (PDF), a workbook (Excel) and CSV tables, in the user's language. A port: the {@code report} module
 * implements it, so the dashboard offers the files without depending on that module. Each call checks that the
 * signed-in user may read the dashboard; each download is written to the audit log.
 */
public interface DashboardExports {

    ExportFile complianceReport(DashboardSelection selection, Locale locale);

    ExportFile workbook(DashboardSelection selection, Locale locale);

    ExportFile recommendationsCsv(DashboardSelection selection, Locale locale);

    ExportFile milestonesCsv(DashboardSelection selection, Locale locale);
}
