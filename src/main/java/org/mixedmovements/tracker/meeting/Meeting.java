package org.mixedmovements.tracker.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A meeting of the working group, as the secretariat recorded it. Never changed once recorded. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private LocalDate heldOn;
    private String title;
    private String minutes;
    private String recordedBy;
    private Instant recordedAt;
    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_id")
    private Set<Long> participants = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "decision_id")
    private Set<Long> decisions = new LinkedHashSet<>();

    protected Meeting() {
    }

    Meeting(Long planId, LocalDate heldOn, String title, String minutes, List<Long> participants,
            List<Long> decisions, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.heldOn = heldOn;
        this.title = title;
        this.minutes = minutes;
        this.participants.addAll(participants);
        this.decisions.addAll(decisions);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getTitle() {
        return title;
    }

    String getMinutes() {
        return minutes;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    Set<Long> getParticipants() {
        return participants;
    }

    Set<Long> getDecisions() {
        return decisions;
    }

    @Override
    public String toString() {
        return "meeting " + id + " of plan " + planId + " on " + heldOn + ": " + title + "; participants "
                + participants + "; decisions " + decisions;
    }
}
