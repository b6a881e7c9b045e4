package org.mixedmovements.tracker.milestone.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.MilestoneDependencies.Waiting;

/**
 * What milestones wait for (finish-to-start), one line per dependency, with a warning where a milestone is due before
 * what it waits for; hidden when there is none. The recommendation page and the owner's milestone form show it.
 */
public class WaitsForList extends UnorderedList {

    public WaitsForList(String id, List<Waiting> dependencies) {
        setId(id);
        addClassName("waits-for");
        for (Waiting w : dependencies) {
            ListItem line = new ListItem(w.dueBeforePredecessor()
                    ? getTranslation("recommendation.due-before-predecessor", w.name(), Formats.date(w.dueDate()),
                    w.predecessorCode(), w.predecessorName(), Formats.date(w.predecessorDue()))
                    : getTranslation("recommendation.waits-for-line", w.name(), w.predecessorCode(),
                    w.predecessorName(), Formats.date(w.predecessorDue())));
            if (w.dueBeforePredecessor()) {
                line.addClassName("dependency-warning");
                line.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(line);
        }
        setVisible(!dependencies.isEmpty());
    }
}
