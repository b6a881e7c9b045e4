package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanDayFiguresRepository extends JpaRepository<PlanDayFigures, PlanDayFigures.Key> {

    @Query("select f from PlanDayFigures f where f.key.planId = :plan and f.key.day between :from and :to "
            + "order by f.key.day")
    List<PlanDayFigures> between(@Param("plan") Long planId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select f from PlanDayFigures f where f.key.planId = :plan order by f.key.day")
    List<PlanDayFigures> ofPlan(@Param("plan") Long planId);

    /** The plan's latest kept day up to that day (a later one exists only when a clock was set back). */
    @Query("select max(f.key.day) from PlanDayFigures f where f.key.planId = :plan and f.key.day <= :day")
    Optional<LocalDate> lastDayUpTo(@Param("plan") Long planId, @Param("day") LocalDate day);

    boolean existsByKeyPlanId(Long planId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PlanDayFigures f where f.key.planId = :plan")
    void deleteOfPlan(@Param("plan") Long planId);
}
