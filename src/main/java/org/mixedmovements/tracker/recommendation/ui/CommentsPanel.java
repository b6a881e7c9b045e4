package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.recommendation.CommentLine;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.springframework.data.domain.PageRequest;

/** The comments on a recommendation, newest first, and a form to add one. Text is shown as text, never as HTML. */
class CommentsPanel extends VerticalLayout {

    private final CommentService comments;
    private final Long recommendationId;
    private final TextArea text = new TextArea();
    private final ComboBox<MilestoneRow> milestone = new ComboBox<>();
    private final Grid<CommentLine> grid = new Grid<>();

    CommentsPanel(CommentService comments, RecommendationDetailService details, Long recommendationId) {
        this.comments = comments;
        this.recommendationId = recommendationId;
        setPadding(false);
        text.setId("comment-text");
        text.setLabel(getTranslation("detail.comment.label"));
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> text.setHelperText(
                getTranslation("detail.comment.length", e.getValue().length(), CommentService.MAX_LENGTH)));
        milestone.setId("comment-milestone");
        milestone.setLabel(getTranslation("detail.comment.about"));
        milestone.setPlaceholder(getTranslation("detail.comment.about-whole"));
        milestone.setClearButtonVisible(true);
        milestone.setItemLabelGenerator(MilestoneRow::name);
        milestone.setItems(query -> details.milestones(recommendationId, query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        Button add = new Button(getTranslation("detail.comment.add"), e -> add());
        add.setId("add-comment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(milestone, add);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");

        grid.setId("comment-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("22em");
        grid.addComponentColumn(c -> entry(c)).setKey("comment");
        grid.setItems(query -> comments.of(recommendationId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        add(text, actions, grid);
    }

    private void add() {
        try {
            comments.add(recommendationId, milestone.getValue() == null ? null : milestone.getValue().id(),
                    text.getValue());
        } catch (InvalidInputException refused) {
            text.setInvalid(true);
            text.setErrorMessage(refused.problems().stream()
                    .map(p -> getTranslation(p.messageKey(), p.arguments())).findFirst().orElse(""));
            return;
        }
        text.setInvalid(false);
        text.clear();
        milestone.clear();
        grid.getDataProvider().refreshAll();
        Messages.showSuccess(this, "detail.comment.added");
    }

    /** Author, organisation, time and (when given) milestone above the text; setText escapes whatever was written. */
    private Div entry(CommentLine c) {
        Span who = new Span(getTranslation("detail.comment.by", c.author(), c.organisationCode(),
                Formats.dateTime(c.writtenAt())));
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div entry = new Div(who);
        if (c.milestoneName() != null) {
            Span about = new Span(getTranslation("detail.comment.on-milestone", c.milestoneName()));
            about.getElement().getThemeList().addAll(List.of("badge", "contrast", "small"));
            about.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            entry.add(about);
        }
        Div body = new Div();
        body.setText(c.text());
        body.addClassName("comment-text");
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        entry.add(body);
        return entry;
    }
}
