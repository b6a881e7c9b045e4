package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionPointRepository extends JpaRepository<ActionPoint, Long> {

    List<ActionPoint> findByMeetingIdOrderById(Long meetingId);

    List<ActionPoint> findByOwnerOrganisationIdInAndDoneAtIsNullOrderByDueOnAscIdAsc(Collection<Long> owners);

    /** The plan's action points of closed meetings not done and due before the day given, oldest due first. */
    @Query("select p from ActionPoint p, Meeting m where m.id = p.meetingId and m.planId = :planId"
            + " and m.state = org.mixedmovements.tracker.meeting.MeetingState.CLOSED and p.doneAt is null"
            + " and p.dueOn < :before order by p.dueOn, p.id")
    List<ActionPoint> findOpenDueBefore(@Param("planId") Long planId, @Param("before") LocalDate before);
}
