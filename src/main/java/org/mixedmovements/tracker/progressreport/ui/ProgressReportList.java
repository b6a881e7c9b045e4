package org.mixedmovements.tracker.progressreport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;

/**
 * A recommendation's progress reports, the latest period first: what each submitted one says (with its evidence
 * link), and for one still owed its due date, marked when it is missing after it.
 */
public class ProgressReportList extends VerticalLayout {

    public ProgressReportList(List<ProgressReportRow> reports) {
        setId("progress-reports");
        setPadding(false);
        for (ProgressReportRow report : reports) {
            add(card(report));
        }
    }

    private Div card(ProgressReportRow r) {
        Div card = new Div();
        card.setId("progress-report-" + r.id());
        card.addClassName("progress-report");
        String period = getTranslation(r.period().labelKey(), r.periodLabelArguments());
        H4 heading = new H4(getTranslation("progress-report.heading", period, r.organisationCode()));
        Span state = new Span(state(r));
        state.getElement().getThemeList().add("badge");
        if (r.overdue()) {
            state.getElement().getThemeList().add("error");
        } else if (r.submitted()) {
            state.getElement().getThemeList().add("success");
        }
        card.add(heading, state);
        if (r.submitted()) {
            card.add(new Paragraph(r.narrative()));
            card.add(line("field.progress", r.progress() + " %"));
            if (r.obstacles() != null) {
                card.add(line("field.obstacles", r.obstacles()));
            }
            card.add(line("field.nextSteps", r.nextSteps()));
            if (r.evidenceLink() != null) {
                Anchor link = new Anchor(r.evidenceLink(), r.evidenceLink());
                link.setTarget("_blank");
                // noreferrer implies noopener: the opened page cannot reach back into the tracker
                link.getElement().setAttribute("rel", "noreferrer");
                card.add(new Div(link));
            }
        }
        return card;
    }

    private String state(ProgressReportRow r) {
        if (r.submitted()) {
            return getTranslation(r.submittedLate() ? "progress-report.state.submitted-late"
                    : "progress-report.state.submitted", Formats.date(r.submittedOn()), r.submittedBy());
        }
        if (r.overdue()) {
            return getTranslation(r.escalated() ? "progress-report.state.escalated" : "progress-report.state.missing",
                    Formats.date(r.dueDate()));
        }
        return getTranslation("progress-report.state.due", Formats.date(r.dueDate()));
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation("label.value", getTranslation(labelKey), value));
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }
}
