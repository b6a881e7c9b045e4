package org.mixedmovements.tracker.milestone;

import java.time.ZoneId;

/**
 * The owner's last report on a milestone: reported status, progress, note, whether evidence is required to report it
 * done, how many files and links are attached, and the plan's time zone (to show when evidence was added).
 */
public record MilestoneReport(Long milestoneId, ReportedStatus status, int progress, String note,
                              boolean evidenceRequired, long evidenceCount, ZoneId planZone) {
}
