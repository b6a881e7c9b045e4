package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.base.ui.Badges;
import java.util.List;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.LocalisedText;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/** Every recommendation of every plan, with status, lead and progress; a click opens its page. */
@Route("recommendations")
@Menu(order = 0.5, title = "menu.recommendations", icon = "LIST")
@PermitAll
class RecommendationListView extends VerticalLayout implements HasDynamicTitle {

    RecommendationListView(RecommendationService recommendations, ContentTranslationService translations) {
        setSizeFull();
        List<RecommendationSummary> all = recommendations.listAll();
        ContentTranslationService.Reading read = translations.read("recommendation",
                all.stream().map(RecommendationSummary::id).toList(), getLocale());
        Grid<RecommendationSummary> grid = new Grid<>();
        grid.setId("recommendation-grid");
        // the title takes what is left and wraps rather than being cut to a few letters; theme and level wrap in a fixed
        // width (rem: an em is smaller in the header than in the rows, which put them out of line); the short columns keep
        // their measured width, so progress stays in view
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RecommendationSummary::code).setHeader(getTranslation("recommendation.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> wrapped(read.text(r.id(), TranslatedField.TITLE, r.title())))
                .setHeader(getTranslation("recommendation.title")).setWidth("14rem").setFlexGrow(1).setKey("title");
        grid.addComponentColumn(r -> wrapped(read.text(r.id(), TranslatedField.THEME, r.theme())))
                .setHeader(getTranslation("recommendation.theme")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> wrapped(getTranslation("level." + r.level().name())))
                .setHeader(getTranslation("recommendation.level")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> Badges.of(r.status(), "status.", "contrast"))
                .setHeader(getTranslation("recommendation.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.leadOrganisationCode() == null ? "" : r.leadOrganisationCode())
                .setHeader(getTranslation("recommendation.lead")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.progress() + " %").setHeader(getTranslation("recommendation.progress"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(RecommendationDetailView.class, e.getItem().id())));
        add(new H2(getTranslation("menu.recommendations")));
        LocalisedTexts.listNote(all.stream().flatMap(r -> java.util.stream.Stream.of(
                read.text(r.id(), TranslatedField.TITLE, r.title()),
                read.text(r.id(), TranslatedField.THEME, r.theme()))).toList(), getLocale(), this).ifPresent(this::add);
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.recommendations") + " | " + getTranslation("app.title");
    }

    /** A plan's text in a cell, with its language when it is not the page's (the note above says what it is). */
    private Span wrapped(LocalisedText text) {
        Span span = LocalisedTexts.plain(text, getLocale());
        span.getStyle().set("white-space", "normal").set("overflow-wrap", "break-word");
        return span;
    }

    /** A cell text that wraps onto more lines instead of being cut. */
    private static Span wrapped(String text) {
        Span span = new Span(text);
        span.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        return span;
    }
}
