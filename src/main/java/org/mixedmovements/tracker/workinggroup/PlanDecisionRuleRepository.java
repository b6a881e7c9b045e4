package org.mixedmovements.tracker.workinggroup;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDecisionRuleRepository extends JpaRepository<PlanDecisionRule, PlanDecisionRule.Key> {
}
