package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.recommendation.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationDetails;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/** One recommendation: the study's words, who leads it, its milestones and its history. */
@Route("recommendations")
@PermitAll
class RecommendationDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RecommendationService recommendations;
    private String title = "";

    RecommendationDetailView(RecommendationService recommendations) {
        this.recommendations = recommendations;
        setWidthFull();
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(recommendations.details(id));
    }

    private void show(RecommendationDetails details) {
        removeAll();
        RecommendationSummary r = details.summary();
        title = r.code() + " · " + r.title();
        H2 heading = new H2(title);
        heading.setId("recommendation-heading");
        HorizontalLayout facts = new HorizontalLayout(
                Badges.of(r.status(), "status.", "contrast"),
                new Span(getTranslation("recommendation.theme") + ": " + r.theme()),
                new Span(getTranslation("recommendation.level") + ": " + getTranslation("level." + r.level().name())),
                new Span(getTranslation("recommendation.scope") + ": " + getTranslation("scope." + r.scope().name())));
        facts.getStyle().set("flex-wrap", "wrap");
        Paragraph text = new Paragraph(details.fullText());
        text.setId("full-text");
        text.getStyle().set("border-left", "4px solid var(--lumo-primary-color-50pct)").set("margin", "0")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("font-style", "italic");
        Paragraph source = new Paragraph(getTranslation("recommendation.source", details.planCode(), details.planTitle()));
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(heading, facts, text, source);
        if (!details.dependsOn().isEmpty()) {
            add(new Paragraph(getTranslation("recommendation.depends-on", String.join(", ", details.dependsOn()))));
        }
        Paragraph lead = new Paragraph(details.leadOrganisationName() == null
                ? getTranslation("recommendation.no-lead")
                : getTranslation("recommendation.lead-is", details.leadOrganisationName()));
        lead.setId("lead");
        add(lead);
        if (details.response() != null) {
            Paragraph response = new Paragraph(getTranslation("recommendation.response-is",
                    getTranslation("response." + details.response().name()),
                    details.targetPeriod() == null ? "" : details.targetPeriod(),
                    details.responseReason() == null ? "" : details.responseReason()));
            response.setId("response");
            add(response);
        }
        if (details.closure() != null) {
            Paragraph closure = new Paragraph(getTranslation("recommendation.closed-as",
                    getTranslation("status." + details.closure().name()),
                    details.closureReason() == null ? "" : details.closureReason()));
            closure.setId("closure");
            add(closure);
        }
        if (r.status() == RecommendationStatus.NEW && CurrentUser.find().map(u -> u.has(Role.SECRETARIAT)).orElse(false)) {
            Button agenda = new Button(getTranslation("recommendation.put-on-agenda"), e -> {
                recommendations.putOnAgenda(r.id());
                Messages.showSuccess(this, "recommendation.on-agenda", r.code());
                show(recommendations.details(r.id()));
            });
            agenda.setId("put-on-agenda");
            agenda.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(agenda);
        }
        if (details.planRejectionReason() != null && r.status() == RecommendationStatus.PLANNING) {
            Paragraph returned = new Paragraph(getTranslation("plan.returned-because", details.planRejectionReason()));
            returned.getStyle().set("color", "var(--lumo-error-text-color)");
            add(returned);
        }
        add(new H3(getTranslation("recommendation.milestones")), milestones(details));
        add(new H3(getTranslation("recommendation.history")), history(details));
    }

    private Grid<MilestoneRow> milestones(RecommendationDetails details) {
        Grid<MilestoneRow> grid = new Grid<>();
        grid.setId("milestone-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneRow::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3);
        grid.addColumn(MilestoneRow::ownerCode).setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        grid.addColumn(m -> m.countryIso2() == null ? "" : m.countryIso2()).setHeader(getTranslation("milestone.country")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.baselineDue())).setHeader(getTranslation("milestone.baseline-due")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.currentDue()) + (m.slippageDays() == 0 ? ""
                : " (" + getTranslation("milestone.slippage", m.slippageDays()) + ")"))
                .setHeader(getTranslation("milestone.current-due")).setAutoWidth(true);
        grid.addComponentColumn(m -> Badges.of(m.state(), "milestone.state.", "contrast"))
                .setHeader(getTranslation("milestone.state")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("reported." + m.reportedStatus().name()))
                .setHeader(getTranslation("milestone.reported")).setAutoWidth(true);
        grid.addColumn(m -> m.progress() + " %").setHeader(getTranslation("milestone.progress")).setAutoWidth(true);
        grid.addComponentColumn(m -> ComplianceBadge.of(m)).setHeader(getTranslation("milestone.compliance")).setAutoWidth(true);
        grid.setItems(details.milestones());
        return grid;
    }

    private Grid<AuditEntry> history(RecommendationDetails details) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        ZoneId zone = details.planZone();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), zone)).setHeader(getTranslation("history.when", zone.getId())).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit." + e.action())).setHeader(getTranslation("history.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("history.details")).setFlexGrow(3);
        grid.setItems(details.history());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
