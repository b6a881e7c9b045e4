package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coverage gate: runs after every other test class of the suite (they share one engine) and fails when any process
 * in bpmn/ has less than 90% of its flow nodes passed by some test. Prints the figures and the nodes never reached,
 * and writes them to target/process-coverage.txt. Run alone, it has nothing to measure: run the whole suite.
 */
@TrackerTest
@Order(Integer.MAX_VALUE)
class ProcessCoverageGateTest {

    static final double MINIMUM = 0.9;
    static final List<String> PROCESSES = List.of(RecommendationImplementationProcess.PROCESS_ID,
            WorkingGroupDecisionProcess.PROCESS_ID, MilestoneFollowUpProcess.PROCESS_ID,
            MilestoneDeadlinesProcess.PROCESS_ID);

    @Autowired RepositoryService repository;
    @Autowired HistoryService history;

    @Test
    void everyProcessHasAtLeastNinetyPercentOfItsFlowNodesCoveredByTheSuite() throws IOException {
        Map<String, Double> coverage = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder("process coverage (flow nodes passed by the suite)\n");
        for (String key : PROCESSES) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            Set<String> nodes = repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> passed = history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId())
                    .list().stream().map(HistoricActivityInstance::getActivityId)
                    .map(id -> id.replace("#multiInstanceBody", ""))
                    .collect(Collectors.toSet());
            Set<String> missed = new TreeSet<>(nodes);
            missed.removeAll(passed);
            double ratio = (double) (nodes.size() - missed.size()) / nodes.size();
            coverage.put(key, ratio);
            report.append(String.format("%-32s %5.1f %% of %2d nodes; not reached: %s%n", key, ratio * 100,
                    nodes.size(), missed.isEmpty() ? "-" : String.join(", ", missed)));
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/process-coverage.txt"), report);
        assertThat(coverage).allSatisfy((process, ratio) -> assertThat(ratio).as(process).isGreaterThanOrEqualTo(MINIMUM));
    }
}
