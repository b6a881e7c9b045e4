package org.mixedmovements.tracker.milestone;

import java.time.Instant;

/**
 * One piece of evidence as lists show it, without its bytes: a file ({@code fileName}, {@code contentType},
 * {@code sizeBytes}) or a link ({@code linkUrl}), the note, who added it for which organisation, and when.
 */
public record EvidenceItem(Long id, Long milestoneId, String fileName, String contentType, Long sizeBytes,
                           String linkUrl, String note, String uploadedBy, Long organisationId, Instant uploadedAt) {

    public boolean isLink() {
        return linkUrl != null;
    }
}
