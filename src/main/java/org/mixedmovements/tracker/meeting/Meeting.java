package org.mixedmovements.tracker.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mixedmovements.tracker.base.StateConflictException;

/**
 * A meeting of the working group. Recorded after the fact it is closed at once; scheduled ahead it has a start and an
 * end, a place, a language and an agenda, is held (attendance, what was decided on each item) and then closed with its
 * minutes, or cancelled. A closed or cancelled meeting is never changed again. Each change of when or where raises the
 * invitation's sequence, so calendars replace the event they hold.
 */
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
    @Enumerated(EnumType.STRING)
    private MeetingState state = MeetingState.CLOSED;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private String place;
    private String language;
    private String calendarUid;
    private int calendarSequence;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
    }

    /** A meeting scheduled ahead, with the agenda proposed for it. */
    static Meeting scheduled(Long planId, ZonedDateTime start, ZonedDateTime end, String title, String place,
                             String language, List<AgendaItem> agenda, String scheduledBy, Instant now) {
        Meeting meeting = new Meeting(planId, start.toLocalDate(), title, "", List.of(), List.of(), scheduledBy, now);
        meeting.state = MeetingState.SCHEDULED;
        meeting.startsAt = start.toInstant();
        meeting.endsAt = end.toInstant();
        meeting.timeZone = start.getZone().getId();
        meeting.place = place;
        meeting.language = language;
        meeting.agenda.addAll(agenda);
        return meeting;
    }

    /** Gives the invitation its UID once the meeting has its id: it never changes afterwards. */
    void nameInvitation(String uid) {
        if (calendarUid == null) {
            calendarUid = uid;
        }
    }

    void reschedule(ZonedDateTime start, ZonedDateTime end, String title, String place, String language) {
        requireScheduled();
        this.startsAt = start.toInstant();
        this.endsAt = end.toInstant();
        this.timeZone = start.getZone().getId();
        this.heldOn = start.toLocalDate();
        this.title = title;
        this.place = place;
        this.language = language;
        this.calendarSequence++;
    }

    void cancel() {
        requireScheduled();
        this.state = MeetingState.CANCELLED;
        this.calendarSequence++;
    }

    void close(String notes) {
        requireScheduled();
        this.state = MeetingState.CLOSED;
        this.minutes = notes == null ? "" : notes;
    }

    void attend(List<Long> organisations) {
        requireScheduled();
        participants.clear();
        participants.addAll(organisations);
    }

    void addItem(AgendaItem item) {
        requireScheduled();
        agenda.add(item);
    }

    void removeItem(Long itemId) {
        requireScheduled();
        AgendaItem item = item(itemId);
        if (item.isDecided()) {
            throw new StateConflictException("meetings.error.item-decided");
        }
        agenda.remove(item);
    }

    /** Moves an item one place up (-1) or down (+1); at either end it stays where it is. */
    void move(Long itemId, int by) {
        requireScheduled();
        int at = agenda.indexOf(item(itemId));
        int to = at + Integer.signum(by);
        if (to >= 0 && to < agenda.size()) {
            Collections.swap(agenda, at, to);
        }
    }

    void decidedAtMeeting(Long decisionId) {
        decisions.add(decisionId);
    }

    AgendaItem item(Long itemId) {
        return agenda.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new StateConflictException("meetings.error.no-such-item"));
    }

    void requireScheduled() {
        if (state != MeetingState.SCHEDULED) {
            throw new StateConflictException("meetings.error.not-scheduled");
        }
    }

    MeetingState getState() {
        return state;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    ZoneId getZone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    String getPlace() {
        return place;
    }

    String getLanguage() {
        return language;
    }

    String getCalendarUid() {
        return calendarUid;
    }

    int getCalendarSequence() {
        return calendarSequence;
    }

    List<AgendaItem> getAgenda() {
        return agenda;
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
