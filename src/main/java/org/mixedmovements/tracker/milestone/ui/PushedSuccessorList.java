package org.mixedmovements.tracker.milestone.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.MilestoneDependencies.PushedSuccessor;

/**
 * The milestones a new due date would push (they wait for the milestone and would be due before it), as the owner
 * asking for the date and the members deciding on it read them; hidden when there are none.
 */
public class PushedSuccessorList extends Div {

    private final String introKey;

    public PushedSuccessorList(String id, String introKey) {
        this.introKey = introKey;
        setId(id);
        addClassName("pushed-successors");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    public PushedSuccessorList show(List<PushedSuccessor> successors) {
        removeAll();
        if (!successors.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-l)");
            successors.forEach(s -> list.add(new ListItem(getTranslation("deadline.pushed-line",
                    s.recommendationCode(), s.name(), Formats.date(s.currentDue()), Formats.date(s.atLeast())))));
            add(new Paragraph(getTranslation(introKey)), list);
        }
        setVisible(!successors.isEmpty());
        return this;
    }
}
