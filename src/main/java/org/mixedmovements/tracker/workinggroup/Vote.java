package org.mixedmovements.tracker.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's vote on a decision, or the chair's casting vote on a tie. */
@Entity
@Table(name = "wg_vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long decisionId;
    private Long organisationId;
    private String voter;
    @Enumerated(EnumType.STRING)
    private VoteChoice choice;
    private String reason;
    private boolean casting;
    private Instant castAt;

    protected Vote() {
    }

    Vote(Long decisionId, Long organisationId, String voter, VoteChoice choice, String reason, boolean casting,
         Instant castAt) {
        this.decisionId = decisionId;
        this.organisationId = organisationId;
        this.voter = voter;
        this.choice = choice;
        this.reason = reason;
        this.casting = casting;
        this.castAt = castAt;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getVoter() {
        return voter;
    }

    VoteChoice getChoice() {
        return choice;
    }

    String getReason() {
        return reason;
    }

    boolean isCasting() {
        return casting;
    }

    Instant getCastAt() {
        return castAt;
    }
}
