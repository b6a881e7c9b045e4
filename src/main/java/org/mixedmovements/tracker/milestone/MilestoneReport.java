package org.mixedmovements.tracker.milestone;

import java.time.ZoneId;

/**
 * The owner's last report on a milestone: reported status, progress, note, whether evidence is required to report it
 * done, how many files and links are attached, the plan's time zone (to show when evidence was added), and the
 * milestone's version (what a change must name so that it does not save over someone else's: the API's ETag).
 */
public record MilestoneReport(Long milestoneId, ReportedStatus status, int progress, String note,
                              boolean evidenceRequired, long evidenceCount, ZoneId planZone, long version) {
}
