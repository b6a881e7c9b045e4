package org.mixedmovements.tracker.recommendation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the recommendation page gets its live process diagrams: the workflow feature, which runs the processes,
 * provides them. Nothing here is computed from the engine's history at large: one recommendation's runs only.
 */
public interface ProcessDiagramSource {

    /** The recommendation's process and every process it called (decisions, milestone follow-ups), oldest first. */
    List<ProcessRun> runsOf(Long recommendationId);

    /**
     * The diagram of one of those runs with its position, if the run belongs to the recommendation; its labels in the
     * language of the locale (the bundles' {@code bpmn.<processId>.<elementId>}), its ids those of the model.
     */
    Optional<ProcessDiagram> diagram(Long recommendationId, String runId, Locale locale);
}
