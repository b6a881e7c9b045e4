package org.mixedmovements.tracker.recommendation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A remark a user wrote on a recommendation (optionally about one milestone); kept as written, never edited. */
@Entity
@Immutable
@Table(name = "recommendation_comment")
class Comment {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recommendationId;
    private Long milestoneId;
    private String author;
    private Long organisationId;
    private Instant writtenAt;
    private String body;

    protected Comment() {
    }

    Comment(Long recommendationId, Long milestoneId, String author, Long organisationId, Instant writtenAt,
            String body) {
        this.recommendationId = recommendationId;
        this.milestoneId = milestoneId;
        this.author = author;
        this.organisationId = organisationId;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    Long getId() {
        return id;
    }

    Long getRecommendationId() {
        return recommendationId;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    String getAuthor() {
        return author;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    String getBody() {
        return body;
    }

    @Override
    public String toString() {
        return "Comment[recommendation=" + recommendationId + ", milestone=" + milestoneId + ", author=" + author
                + ", text=" + body + "]";
    }
}
