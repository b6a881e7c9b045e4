package org.mixedmovements.tracker.report;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.oversight.AuditLogExport;
import org.mixedmovements.tracker.oversight.AuditLogQueries;
import org.mixedmovements.tracker.oversight.AuditRow;
import org.mixedmovements.tracker.oversight.AuditSelection;
import org.mixedmovements.tracker.oversight.AuditWords;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The audit log as a CSV table, read through the audit view's own service ({@link AuditLogQueries}) page by page, so
 * a reader gets in the file exactly the entries the view shows them, in words and in their time zone.
 */
@Service
class AuditLogExports implements AuditLogExport {

    private static final int PAGE = 200;
    static final String SUBJECT = "audit_log";

    private final AuditLogQueries reading;
    private final ExportAudit audit;
    private final Clock clock;

    AuditLogExports(AuditLogQueries reading, ExportAudit audit, Clock clock) {
        this.reading = reading;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExportFile csv(AuditSelection selection, ZoneId zone, Locale locale) {
        CurrentUser.require();
        AuditSelection applied = selection == null ? AuditSelection.EVERYTHING : selection;
        String name = "audit-log-" + Texts.fileDate(clock.instant(), zone) + ".csv";
        return new ExportFile(name, ExportFile.CSV, out -> {
            CurrentUser.require();
            audit.record(SUBJECT, null, "audit.details.file.audit-log", null, () -> applied.parameters().toString());
            Texts texts = Texts.of(locale, zone);
            AuditWords words = new AuditWords(texts.locale());
            CsvTableWriter table = new CsvTableWriter(out, texts);
            table.header(List.of(texts.get("audit-view.csv.when", zone.getId()), texts.get("audit-view.csv.who"),
                    texts.get("audit-view.csv.organisation"), texts.get("audit-view.csv.what"),
                    texts.get("audit-view.csv.recommendation"), texts.get("audit-view.csv.summary"),
                    texts.get("audit-view.csv.state")));
            int number = 0;
            while (true) {
                Page<AuditRow> page = reading.entries(applied, zone, PageRequest.of(number++, PAGE));
                for (AuditRow row : page) {
                    table.row(Arrays.asList(texts.dateTime(row.occurredAt(), zone), row.actor(),
                            row.organisationCode(), words.action(row.action()), row.recommendationCode(),
                            words.details(row), String.join(" ", words.state(row))));
                }
                if (!page.hasNext()) {
                    break;
                }
            }
            table.finish();
        });
    }
}
