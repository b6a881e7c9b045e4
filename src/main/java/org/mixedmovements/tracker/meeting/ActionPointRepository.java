package org.mixedmovements.tracker.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPointRepository extends JpaRepository<ActionPoint, Long> {

    List<ActionPoint> findByMeetingIdOrderById(Long meetingId);

    List<ActionPoint> findByOwnerOrganisationIdInAndDoneAtIsNullOrderByDueOnAscIdAsc(Collection<Long> owners);
}
