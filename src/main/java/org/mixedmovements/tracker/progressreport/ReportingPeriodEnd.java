package org.mixedmovements.tracker.progressreport;

import java.time.LocalDate;
import org.mixedmovements.tracker.plan.ReportingPeriod;

/** A reporting period, by its kind and its last day: reports on it are owed from the next day. */
public record ReportingPeriodEnd(ReportingPeriod period, LocalDate lastDay) {
}
