package org.mixedmovements.tracker.progressreport;

/**
 * What the lead's focal point writes: what was done in the period, the recommendation's progress (0 to 100 %), what
 * stands in the way, what comes next, and optionally a link to evidence. {@code progress} is boxed so an empty field
 * is a problem of its own.
 */
public record ProgressReportDraft(String narrative, Integer progress, String obstacles, String nextSteps,
                                  String evidenceLink) {
}
