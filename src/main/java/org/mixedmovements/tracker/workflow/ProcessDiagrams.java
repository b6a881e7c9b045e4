package org.mixedmovements.tracker.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.recommendation.ProcessDiagram;
import org.mixedmovements.tracker.recommendation.ProcessDiagramSource;
import org.mixedmovements.tracker.recommendation.ProcessRun;
import org.mixedmovements.tracker.recommendation.ProcessRun.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live diagrams of a recommendation: the BPMN of each process it runs (its own, and those it called) with the
 * activities running now and those finished, read from the engine's runtime and its history of that one process tree.
 */
@Component
@Transactional(readOnly = true)
class ProcessDiagrams implements ProcessDiagramSource {

    static final String CALL_WATCH_DEADLINES = "CallActivity_WatchDeadlines";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    /** Deployed models never change: each is read and labelled once per definition and language. */
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public List<ProcessRun> runsOf(Long recommendationId) {
        Optional<HistoricProcessInstance> root = root(recommendationId);
        if (root.isEmpty()) {
            return List.of();
        }
        List<HistoricProcessInstance> tree = tree(root.get());
        Map<String, String> calledFrom = new HashMap<>();
        Set<String> parents = new LinkedHashSet<>();
        tree.forEach(p -> {
            if (p.getSuperProcessInstanceId() != null) {
                parents.add(p.getSuperProcessInstanceId());
            }
        });
        for (String parent : parents) {
            for (HistoricActivityInstance call : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(parent).activityType("callActivity").list()) {
                if (call.getCalledProcessInstanceId() != null) {
                    calledFrom.put(call.getCalledProcessInstanceId(), call.getActivityId());
                }
            }
        }
        Map<String, Long> milestoneOf = milestones(tree);
        Map<String, HistoricProcessInstance> byId = new HashMap<>();
        tree.forEach(p -> byId.put(p.getId(), p));
        List<ProcessRun> runs = new ArrayList<>();
        for (HistoricProcessInstance p : tree) {
            Long milestone = milestoneOf.get(p.getId());
            // a decision on a milestone knows only its decision: the milestone is its caller's
            for (String up = p.getSuperProcessInstanceId(); milestone == null && up != null;
                 up = byId.containsKey(up) ? byId.get(up).getSuperProcessInstanceId() : null) {
                milestone = milestoneOf.get(up);
            }
            runs.add(new ProcessRun(p.getId(), kind(p, calledFrom.get(p.getId())),
                    p.getId().equals(root.get().getId()) ? null : p.getSuperProcessInstanceId(), milestone,
                    p.getEndTime() == null, p.getStartTime().toInstant()));
        }
        return runs;
    }

    @Override
    public Optional<ProcessDiagram> diagram(Long recommendationId, String runId, Locale locale) {
        Optional<HistoricProcessInstance> root = root(recommendationId);
        if (root.isEmpty() || runId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(runId)
                .singleResult();
        if (run == null || !root.get().getId().equals(run.getRootProcessInstanceId())) {
            return Optional.empty();
        }
        List<String> active = run.getEndTime() == null ? activeIds(runId) : List.of();
        Set<String> completed = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(runId)
                .finished().list()) {
            completed.add(a.getActivityId());
        }
        completed.removeAll(active);
        return Optional.of(new ProcessDiagram(runId, xml(run.getProcessDefinitionId(), locale), active,
                List.copyOf(completed)));
    }

    private List<String> activeIds(String runId) {
        // the engine's runtime knows the current position exactly, including waits on boundary events
        Set<String> ids = new LinkedHashSet<>();
        runtime.createExecutionQuery().processInstanceId(runId).list()
                .forEach(e -> ids.addAll(runtime.getActiveActivityIds(e.getId())));
        return List.copyOf(ids);
    }

    private Optional<HistoricProcessInstance> root(Long recommendationId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RecommendationImplementationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(recommendationId))
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    /**
     * The recommendation's process first, then the processes it called in the order they started; when several started
     * at the same instant (a clock stopped by a test or a replay), a caller comes before what it called. The engine's
     * ids are random, so nothing else orders such ties the same way twice.
     */
    private List<HistoricProcessInstance> tree(HistoricProcessInstance root) {
        List<HistoricProcessInstance> tree = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(root.getId()).list());
        if (tree.stream().noneMatch(p -> p.getId().equals(root.getId()))) {
            tree.add(root);
        }
        Map<String, HistoricProcessInstance> byId = new HashMap<>();
        tree.forEach(p -> byId.put(p.getId(), p));
        Map<String, Integer> depth = new HashMap<>();
        tree.forEach(p -> depth.put(p.getId(), depth(p, byId)));
        tree.sort(Comparator.comparing((HistoricProcessInstance p) -> !p.getId().equals(root.getId()))
                .thenComparing(HistoricProcessInstance::getStartTime)
                .thenComparing(p -> depth.get(p.getId())));
        return tree;
    }

    private static int depth(HistoricProcessInstance run, Map<String, HistoricProcessInstance> byId) {
        int depth = 0;
        for (String up = run.getSuperProcessInstanceId(); up != null && byId.containsKey(up);
             up = byId.get(up).getSuperProcessInstanceId()) {
            depth++;
        }
        return depth;
    }

    private Map<String, Long> milestones(List<HistoricProcessInstance> tree) {
        Map<String, Long> byRun = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(tree.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName(MilestoneFollowUpProcess.VAR_MILESTONE_ID).list()) {
            // the recommendation's process holds milestone ids only as multi-instance element variables
            boolean processLevel = v.getActivityInstanceId() == null
                    || v.getActivityInstanceId().equals(v.getProcessInstanceId());
            if (processLevel && v.getValue() instanceof Number n) {
                byRun.put(v.getProcessInstanceId(), n.longValue());
            }
        }
        return byRun;
    }

    private static Kind kind(HistoricProcessInstance p, String calledFrom) {
        String key = p.getProcessDefinitionKey();
        if (RecommendationImplementationProcess.PROCESS_ID.equals(key)) {
            return Kind.RECOMMENDATION;
        }
        if (MilestoneFollowUpProcess.PROCESS_ID.equals(key)) {
            return Kind.MILESTONE_FOLLOW_UP;
        }
        if (MilestoneDeadlinesProcess.PROCESS_ID.equals(key)) {
            return Kind.DEADLINE_WATCH;
        }
        if (calledFrom == null) {
            return Kind.OTHER;
        }
        return switch (calledFrom) {
            case RecommendationImplementationProcess.CALL_DECIDE_RESPONSE -> Kind.RESPONSE_DECISION;
            case RecommendationImplementationProcess.CALL_DECIDE_PLAN -> Kind.PLAN_DECISION;
            case MilestoneFollowUpProcess.CALL_DECIDE_MILESTONE -> Kind.MILESTONE_DECISION;
            case MilestoneFollowUpProcess.CALL_DECIDE_DEADLINE_CHANGE -> Kind.DEADLINE_CHANGE_DECISION;
            default -> Kind.OTHER;
        };
    }

    /** The model with its labels in the reader's language (see {@link DiagramLabels}). */
    private String xml(String definitionId, Locale locale) {
        Locale language = Translations.language(locale);
        return xmlByDefinition.computeIfAbsent(definitionId + "/" + language.toLanguageTag(), key -> {
            try (InputStream in = repository.getProcessModel(definitionId)) {
                return DiagramLabels.translate(new String(in.readAllBytes(), StandardCharsets.UTF_8), language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
