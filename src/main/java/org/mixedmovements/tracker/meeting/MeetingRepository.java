package org.mixedmovements.tracker.meeting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Page<Meeting> findByPlanId(Long planId, Pageable pageable);
}
