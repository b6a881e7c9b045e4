package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.task.OrganisationWorkService;
import org.mixedmovements.tracker.task.OwedWork;

/** The action points the organisation owes from its meetings, above its tasks, each marked done by the organisation. */
class OwedWorkPanel extends Div {

    private final List<OrganisationWorkService> sources;

    OwedWorkPanel(List<OrganisationWorkService> sources) {
        this.sources = sources;
        setId("owed-work");
        addClassName("owed-work");
        setWidthFull();
        refresh();
    }

    void refresh() {
        removeAll();
        List<OwedWork> owed = sources.stream().flatMap(s -> s.owed().stream()).toList();
        setVisible(!owed.isEmpty());
        if (owed.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("mytasks.action-points")));
        for (OwedWork work : owed) {
            Span text = new Span(work.text());
            text.addClassName("owed-work-text");
            Anchor source = new Anchor(work.link(), work.source());
            Span due = new Span(getTranslation("mytasks.action-point.due", Formats.date(work.dueOn())));
            if (work.overdue()) {
                due.setText(getTranslation("mytasks.action-point.overdue", Formats.date(work.dueOn())));
                due.getElement().getThemeList().addAll(List.of("badge", "error"));
            }
            Button done = new Button(getTranslation("mytasks.action-point.done"), VaadinIcon.CHECK.create(), e -> {
                try {
                    sources.forEach(s -> s.owed().stream().filter(w -> w.id().equals(work.id())).findFirst()
                            .ifPresent(w -> s.markDone(w.id())));
                    Messages.showSuccess(this, "mytasks.action-point.marked", work.text());
                } catch (RuntimeException refused) {
                    Messages.showError(refused);
                }
                refresh();
            });
            done.setId("action-point-done-" + work.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(text, source, due, done);
            row.setId("action-point-" + work.id());
            row.addClassName("owed-work-item");
            add(row);
        }
    }
}
