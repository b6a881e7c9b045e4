package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.mixedmovements.tracker.base.ui.BpmnViewer;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.recommendation.ProcessDiagram;
import org.mixedmovements.tracker.recommendation.ProcessRunLine;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;

/**
 * The live diagram of the recommendation's process, or of one it called (a decision, a milestone's follow-up), with
 * the activities running now highlighted and the finished ones marked.
 */
class ProcessDiagramPanel extends VerticalLayout {

    private final RecommendationDetailService details;
    private final Long recommendationId;
    private final BpmnViewer viewer = new BpmnViewer();

    ProcessDiagramPanel(RecommendationDetailService details, Long recommendationId) {
        this.details = details;
        this.recommendationId = recommendationId;
        setPadding(false);
        setSpacing(false);
        List<ProcessRunLine> runs = details.processRuns(recommendationId);
        if (runs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("detail.process.not-started"));
            none.setId("no-process");
            add(none);
            return;
        }
        Select<ProcessRunLine> run = new Select<>();
        run.setId("process-run");
        run.setLabel(getTranslation("detail.process.run"));
        run.setItemLabelGenerator(r -> label(r));
        run.setItems(runs);
        run.setWidth("min(100%, 36em)");
        run.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        Button fit = zoom(VaadinIcon.EXPAND_SQUARE, "detail.process.fit", "process-fit");
        fit.addClickListener(e -> viewer.fit());
        Button in = zoom(VaadinIcon.PLUS, "detail.process.zoom-in", "process-zoom-in");
        in.addClickListener(e -> viewer.zoomIn());
        Button out = zoom(VaadinIcon.MINUS, "detail.process.zoom-out", "process-zoom-out");
        out.addClickListener(e -> viewer.zoomOut());
        HorizontalLayout tools = new HorizontalLayout(run, fit, in, out);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        tools.setWidthFull();
        viewer.setId("process-diagram");
        viewer.setHeight("clamp(14rem, 60vw, 26rem)");
        add(tools, viewer, legend());
        run.setValue(runs.get(0));
    }

    private void show(ProcessRunLine run) {
        ProcessDiagram diagram = details.diagram(recommendationId, run.id(), getLocale()).orElse(null);
        if (diagram == null) {
            viewer.show("", List.of(), List.of());
            return;
        }
        viewer.show(diagram.bpmnXml(), diagram.activeActivityIds(), diagram.completedActivityIds());
    }

    private String label(ProcessRunLine r) {
        String what = getTranslation("detail.process.kind." + r.kind().name());
        if (r.milestoneName() != null) {
            what = getTranslation("detail.process.of-milestone", what, r.milestoneName());
        }
        return getTranslation(r.running() ? "detail.process.running" : "detail.process.finished", what,
                Formats.dateTime(r.startedAt()));
    }

    private Button zoom(VaadinIcon icon, String key, String id) {
        Button button = new Button(icon.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private HorizontalLayout legend() {
        Span now = new Span(getTranslation("detail.process.legend-active"));
        now.getElement().getThemeList().add("badge");
        Span done = new Span(getTranslation("detail.process.legend-completed"));
        done.getElement().getThemeList().addAll(List.of("badge", "success"));
        HorizontalLayout legend = new HorizontalLayout(now, done);
        legend.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
        return legend;
    }

    BpmnViewer viewer() {
        return viewer;
    }
}
