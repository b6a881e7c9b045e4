package org.mixedmovements.tracker.recommendation;

import java.util.List;

/**
 * A process model (BPMN 2.0 XML with its diagram) and where one run of it stands: the ids of the activities running
 * now and of those already finished.
 */
public record ProcessDiagram(String runId, String bpmnXml, List<String> activeActivityIds,
                             List<String> completedActivityIds) {
}
