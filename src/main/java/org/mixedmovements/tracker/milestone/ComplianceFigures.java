package org.mixedmovements.tracker.milestone;

import java.util.Collection;
import java.util.Map;

/**
 * Where recommendation pages and task cards get their compliance figures: the compliance read model, which the
 * compliance feature keeps and provides. Milestones not in force have no entry.
 */
public interface ComplianceFigures {

    Map<Long, ComplianceStatus> statuses(Collection<Long> milestoneIds);

    Map<Long, Integer> progress(Collection<Long> recommendationIds);
}
