package org.mixedmovements.tracker.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A file or a link attached to a milestone as evidence of its work; never changed once written. */
@Entity
@Immutable
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long milestoneId;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    @Column(name = "content")
    private byte[] content;
    private String linkUrl;
    private String note;
    private String uploadedBy;
    private Long organisationId;
    private Instant uploadedAt;

    protected Evidence() {
    }

    private Evidence(Long milestoneId, String note, String uploadedBy, Long organisationId, Instant uploadedAt) {
        this.milestoneId = milestoneId;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.organisationId = organisationId;
        this.uploadedAt = uploadedAt;
    }

    static Evidence file(Long milestoneId, String fileName, String contentType, byte[] content, String note,
                         String uploadedBy, Long organisationId, Instant uploadedAt) {
        Evidence e = new Evidence(milestoneId, note, uploadedBy, organisationId, uploadedAt);
        e.fileName = fileName;
        e.contentType = contentType;
        e.content = content.clone();
        e.sizeBytes = (long) content.length;
        return e;
    }

    static Evidence link(Long milestoneId, String url, String note, String uploadedBy, Long organisationId,
                         Instant uploadedAt) {
        Evidence e = new Evidence(milestoneId, note, uploadedBy, organisationId, uploadedAt);
        e.linkUrl = url;
        return e;
    }

    Long getId() {
        return id;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    Long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content == null ? null : content.clone();
    }

    String getLinkUrl() {
        return linkUrl;
    }

    String getNote() {
        return note;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
