package org.mixedmovements.tracker.compliance;

import jakarta.persistence.EntityManager;
import org.mixedmovements.tracker.plan.PlanSettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's time zone or at-risk window changed: its rows of the read model take the new settings in the same
 * transaction, so the dashboard never shows a status computed with the old ones.
 */
@Component
class PlanSettingsFollower {

    private final EntityManager entityManager;
    private final ComplianceReadModel readModel;

    PlanSettingsFollower(EntityManager entityManager, ComplianceReadModel readModel) {
        this.entityManager = entityManager;
        this.readModel = readModel;
    }

    @EventListener
    @Transactional
    public void on(PlanSettingsChanged changed) {
        entityManager.createQuery("select m.milestoneId from MilestoneCompliance m where m.planId = :plan", Long.class)
                .setParameter("plan", changed.planId())
                .getResultList()
                .forEach(readModel::refresh);
    }
}
