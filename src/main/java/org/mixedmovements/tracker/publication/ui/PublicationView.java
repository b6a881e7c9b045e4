package org.mixedmovements.tracker.publication.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.publication.PlanPublication;
import org.mixedmovements.tracker.publication.PublicationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/**
 * What of a plan is on the public progress page: the plan itself, whether the organisations' votes are shown, and
 * which recommendations. Every tick is saved at once and written to the audit log; unticking undoes it.
 */
@Route("publication")
@Menu(order = 93, title = "menu.publication", icon = "GLOBE")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class PublicationView extends VerticalLayout implements HasDynamicTitle {

    private final PublicationService publication;
    private final Select<Plan> plan = new Select<>();
    private final Checkbox published = new Checkbox();
    private final Checkbox showVotes = new Checkbox();
    private final Anchor publicPage = new Anchor();
    private final Paragraph notOnline = new Paragraph();
    private final Grid<RecommendationSummary> recommendations = new Grid<>();
    private PlanPublication current;

    PublicationView(PublicationService publication, PlanService plans) {
        this.publication = publication;
        plan.setId("publication-plan");
        plan.setLabel(getTranslation("publication.plan"));
        // one list for the items and the first value: a Plan is an entity without equals, so a second read would
        // give a value the select does not find among its items
        List<Plan> all = plans.all();
        plan.setItems(all);
        plan.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        plan.setWidth("min(40em, 100%)");
        plan.addValueChangeListener(e -> load());

        published.setId("publication-published");
        published.setLabel(getTranslation("publication.published"));
        published.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(() -> publication.publishPlan(plan.getValue().getId(), e.getValue()));
            }
        });
        showVotes.setId("publication-show-votes");
        showVotes.setLabel(getTranslation("publication.show-votes"));
        showVotes.setHelperText(getTranslation("publication.show-votes-help"));
        showVotes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(() -> publication.showVotes(plan.getValue().getId(), e.getValue()));
            }
        });
        publicPage.setId("publication-open-page");
        publicPage.setText(getTranslation("publication.open-page"));
        publicPage.setTarget(AnchorTarget.BLANK);
        notOnline.setId("publication-not-online");
        notOnline.setText(getTranslation("publication.not-online"));

        recommendations.setId("publication-recommendations");
        recommendations.addComponentColumn(this::publicBox).setHeader(getTranslation("publication.column.public"))
                .setAutoWidth(true).setFlexGrow(0);
        recommendations.addColumn(RecommendationSummary::code).setHeader(getTranslation("publication.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        recommendations.addColumn(RecommendationSummary::title).setHeader(getTranslation("publication.column.title"))
                .setFlexGrow(1);
        recommendations.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("publication.column.status")).setAutoWidth(true);
        recommendations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        recommendations.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("publication.intro"));
        intro.setId("publication-intro");
        intro.setMaxWidth("60em");
        add(new H2(getTranslation("menu.publication")), intro, plan, published, showVotes, publicPage, notOnline,
                new H3(getTranslation("publication.recommendations")), recommendations);
        all.stream().findFirst().ifPresent(plan::setValue);
    }

    private Checkbox publicBox(RecommendationSummary r) {
        Checkbox box = new Checkbox(current != null && current.isPublished(r.id()));
        box.setId("publish-" + r.code());
        box.setAriaLabel(getTranslation("publication.public-of", r.code()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(() -> publication.publishRecommendation(r.id(), e.getValue()));
            }
        });
        return box;
    }

    private void save(Runnable change) {
        try {
            change.run();
            Messages.showSuccess(this, "publication.saved");
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
        load();
    }

    private void load() {
        Plan chosen = plan.getValue();
        if (chosen == null) {
            return;
        }
        current = publication.of(chosen.getId());
        published.setValue(current.published());
        showVotes.setValue(current.showVotes());
        publicPage.setHref("/public/plans/" + chosen.getCode());
        publicPage.setVisible(current.published());
        notOnline.setVisible(!current.published());
        recommendations.setItems(publication.recommendationsOf(chosen.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.publication") + " | " + getTranslation("app.title");
    }
}
