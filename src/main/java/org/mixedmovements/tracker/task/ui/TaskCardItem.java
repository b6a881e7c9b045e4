package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mixedmovements.tracker.milestone.ui.MilestoneStatusBadge;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.TaskEntry;

/**
 * One task as a card: what to do, on which recommendation and milestone, when it is due and how late, who holds it,
 * and the buttons the user may use (open, claim, release). It stacks in one column, so it reads on a phone as on a
 * desktop; the buttons wrap below the text.
 */
class TaskCardItem extends Div {

    TaskCardItem(TaskEntry entry, Consumer<TaskEntry> open, Consumer<TaskEntry> claim, Consumer<TaskEntry> release) {
        TaskCard card = entry.card();
        String suffix = card.recommendationId() + "-" + card.kind().name().toLowerCase(Locale.ROOT)
                + (card.milestoneId() == null ? "" : "-" + card.milestoneId());
        setId("task-" + suffix);
        addClassName("task-card");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("box-sizing", "border-box").set("width", "100%")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)")
                .set("overflow-wrap", "anywhere");

        Div heading = row();
        Span kind = new Span(title(card));
        kind.addClassName("task-title");
        kind.getStyle().set("font-weight", "600");
        heading.add(kind);
        if (card.compliance() != null) {
            heading.add(MilestoneStatusBadge.of(card.compliance(), null));
        }
        if (entry.daysLate() > 0) {
            Span late = new Span(getTranslation("mytasks.days-late", entry.daysLate()));
            late.setId("days-late-" + suffix);
            late.getElement().getThemeList().addAll(List.of("badge", "error", "primary"));
            heading.add(late);
        }
        add(heading);

        add(new Anchor("recommendations/" + card.recommendationId(),
                card.recommendationCode() + " · " + card.recommendationTitle()));
        if (card.milestoneName() != null) {
            Span milestone = secondary(card.milestoneName());
            milestone.getStyle().set("color", "var(--lumo-body-text-color)");
            add(milestone);
            add(secondary(getTranslation("mytasks.due", Formats.date(card.dueDate())) + " · "
                    + (entry.reportedStatus() == null ? "" : getTranslation("reported." + entry.reportedStatus().name())
                    + " · ") + getTranslation("mytasks.percent", card.progress())));
        } else if (card.dueDate() != null) {
            add(secondary(getTranslation("mytasks.due", Formats.date(card.dueDate()))));
        }
        Span holder = secondary(!entry.held() && card.kind().isDecision() ? getTranslation("mytasks.for-organisation")
                : !entry.held() ? getTranslation("mytasks.unclaimed")
                : entry.heldByMe() ? getTranslation("mytasks.held-by-me")
                : getTranslation("mytasks.held-by", entry.holderName()));
        holder.setId("holder-" + suffix);
        holder.addClassName("task-holder");
        holder.getElement().insertChild(0, VaadinIcon.USER.create().getElement());
        holder.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        add(holder);

        Div actions = row();
        actions.getStyle().set("margin-top", "var(--lumo-space-xs)");
        if (entry.canAct()) {
            Button openButton = new Button(getTranslation("tasks.open." + card.kind().name()), e -> open.accept(entry));
            openButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            openButton.setId("open-" + suffix);
            openButton.addClassName("open-task");
            actions.add(openButton);
        }
        if (entry.canClaim()) {
            Button claimButton = new Button(getTranslation("mytasks.claim"), VaadinIcon.HAND.create(),
                    e -> claim.accept(entry));
            claimButton.setId("claim-" + suffix);
            claimButton.setTooltipText(getTranslation("mytasks.claim.help"));
            claimButton.addClassName("claim-task");
            actions.add(claimButton);
        }
        if (entry.heldByMe()) {
            Button releaseButton = new Button(getTranslation("mytasks.release"), e -> release.accept(entry));
            releaseButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            releaseButton.setId("release-" + suffix);
            releaseButton.addClassName("release-task");
            actions.add(releaseButton);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private static Div row() {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        return row;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }


    /**
     * What the task asks, in a plain sentence: a decision's task names what is decided ("Vote on the implementation
     * plan", "Object or consent: a request for more time"); any other task its work.
     */
    private String title(TaskCard card) {
        boolean decides = switch (card.kind()) {
            case CAST_VOTE, CONSIDER_OBJECTION, CHAIR_DECIDES, RECORD_CONSENSUS, RESOLVE_QUORUM -> true;
            default -> false;
        };
        return decides && card.decisionType() != null
                ? getTranslation("task.title." + card.kind().name() + "." + card.decisionType().name())
                : getTranslation("task.kind." + card.kind().name());
    }
}
