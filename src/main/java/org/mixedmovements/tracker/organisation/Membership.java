package org.mixedmovements.tracker.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An organisation's seat in the working group: one vote if it votes, the chair if it holds the flag. */
@Entity
@Table(name = "wg_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private boolean voting;
    private boolean chair;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    @Version
    private long version;

    protected Membership() {
    }

    Membership(Long organisationId, boolean voting, boolean chair, LocalDate joinedOn) {
        this.organisationId = organisationId;
        this.voting = voting;
        this.chair = chair;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate day) {
        this.leftOn = day;
    }

    /** An organisation that left comes back: a new seat from that day, without the chair. */
    void rejoin(LocalDate day, boolean voting) {
        this.leftOn = null;
        this.joinedOn = day;
        this.voting = voting;
        this.chair = false;
    }

    void setVoting(boolean voting) {
        this.voting = voting;
    }

    void setChair(boolean chair) {
        this.chair = chair;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isVoting() {
        return voting;
    }

    public boolean isChair() {
        return chair;
    }

    public boolean isActive() {
        return leftOn == null;
    }
}
