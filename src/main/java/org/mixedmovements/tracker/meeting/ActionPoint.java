package org.mixedmovements.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.mixedmovements.tracker.base.StateConflictException;

/** What a meeting asked an organisation to do by a day: that organisation's task until it marks it done. */
@Entity
@Table(name = "meeting_action_point")
class ActionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long agendaItemId;
    @Column(name = "action_text")
    private String text;
    private Long ownerOrganisationId;
    private LocalDate dueOn;
    private Instant doneAt;
    private String doneBy;

    protected ActionPoint() {
    }

    ActionPoint(Long meetingId, Long agendaItemId, String text, Long ownerOrganisationId, LocalDate dueOn) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.text = text;
        this.ownerOrganisationId = ownerOrganisationId;
        this.dueOn = dueOn;
    }

    void markDone(String by, Instant at) {
        if (doneAt != null) {
            throw new StateConflictException("action-points.error.already-done");
        }
        this.doneAt = at;
        this.doneBy = by;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getAgendaItemId() {
        return agendaItemId;
    }

    String getText() {
        return text;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Instant getDoneAt() {
        return doneAt;
    }
}
