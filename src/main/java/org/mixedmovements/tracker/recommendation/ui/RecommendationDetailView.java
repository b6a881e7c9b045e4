package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Messages;
import java.util.List;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.ui.EvidenceList;
import org.mixedmovements.tracker.milestone.ui.WaitsForList;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.mixedmovements.tracker.progressreport.ui.ProgressReportList;
import org.springframework.data.domain.PageRequest;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.recommendation.RecommendationOverview;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.LocalisedText;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.Scope;

/**
 * One recommendation: the study's words, what the group decided, who leads and supports it, its milestones, its
 * progress reports, the live
 * diagram of its process, its full history and the comments on it.
 */
@Route("recommendations")
@PermitAll
class RecommendationDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RecommendationService recommendations;
    private final RecommendationDetailService details;
    private final CommentService comments;
    private final EvidenceService evidence;
    private final ProgressReportQueries progressReports;
    private final ContentTranslationService translations;
    /** The newest evidence files and links of the recommendation's milestones shown on its page. */
    static final int EVIDENCE_SHOWN = 50;
    private String title = "";

    RecommendationDetailView(RecommendationService recommendations, RecommendationDetailService details,
                             CommentService comments, EvidenceService evidence, ProgressReportQueries progressReports,
                             ContentTranslationService translations) {
        this.translations = translations;
        this.evidence = evidence;
        this.progressReports = progressReports;
        this.recommendations = recommendations;
        this.details = details;
        this.comments = comments;
        setWidthFull();
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        removeAll();
        RecommendationOverview o = details.overview(id, getLocale());
        RecommendationSummary r = o.summary();
        ContentTranslationService.Reading read = translations.read("recommendation", List.of(id), getLocale());
        LocalisedText localTitle = read.text(id, TranslatedField.TITLE, r.title());
        title = r.code() + " · " + localTitle.text();
        H2 heading = new H2(r.code() + " · ");
        heading.add(LocalisedTexts.of(localTitle, getLocale()));
        heading.setId("recommendation-heading");
        add(heading, facts(o, read.text(id, TranslatedField.THEME, r.theme())),
                text(o, read.text(id, TranslatedField.FULL_TEXT, o.fullText())));
        if (CurrentUser.find().map(u -> u.has(Role.SECRETARIAT)).orElse(false)) {
            Button translate = new Button(getTranslation("content.translate"),
                    e -> new TranslationDialog(translations, details, o, () -> show(id)).open());
            translate.setId("translate");
            add(translate);
        }
        add(decision(o));
        if (r.status() == RecommendationStatus.NEW && CurrentUser.find().map(u -> u.has(Role.SECRETARIAT)).orElse(false)) {
            Button agenda = new Button(getTranslation("recommendation.put-on-agenda"), e -> {
                recommendations.putOnAgenda(r.id());
                Messages.showSuccess(this, "recommendation.on-agenda", r.code());
                show(r.id());
            });
            agenda.setId("put-on-agenda");
            agenda.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(agenda);
        }
        add(new H3(getTranslation("recommendation.milestones")), new MilestoneGrid(details, translations, id, o.milestoneCount(),
                o.summary().scope() != Scope.REGIONAL || !o.countries().isEmpty()));
        List<MilestoneDependencies.Waiting> waiting = details.milestoneDependencies(id);
        if (!waiting.isEmpty()) {
            add(new H3(getTranslation("recommendation.dependencies")), new WaitsForList("milestone-dependencies", waiting));
        }
        List<EvidenceItem> attached = evidence.ofRecommendation(id, PageRequest.of(0, EVIDENCE_SHOWN)).getContent();
        if (!attached.isEmpty()) {
            add(new H3(getTranslation("approvals.evidence-section")),
                    new EvidenceList("recommendation-evidence", attached, evidence));
        }
        List<ProgressReportRow> reports = progressReports.ofRecommendation(id);
        if (!reports.isEmpty()) {
            add(new H3(getTranslation("progress-report.section")), new ProgressReportList(reports));
        }
        add(new H3(getTranslation("detail.process.title")), new StandingSentence(details.standing(id)),
                new ProcessDiagramPanel(details, id));
        add(new H3(getTranslation("recommendation.history")), new HistoryGrid(details, id, evidence));
        add(new H3(getTranslation("detail.comments")), new CommentsPanel(comments, details, id));
    }

    private HorizontalLayout facts(RecommendationOverview o, LocalisedText theme) {
        RecommendationSummary r = o.summary();
        Span progress = new Span(getTranslation("detail.progress", r.progress()));
        progress.setId("progress");
        HorizontalLayout facts = new HorizontalLayout(
                Badges.of(r.status(), "status.", "contrast"), progress,
                new Span(new Span(getTranslation("label.value", getTranslation("recommendation.theme"), "")),
                        LocalisedTexts.of(theme, getLocale())),
                new Span(getTranslation("label.value", getTranslation("recommendation.level"),
                        getTranslation("level." + r.level().name()))),
                new Span(getTranslation("label.value", getTranslation("recommendation.scope"),
                        getTranslation("scope." + r.scope().name())
                                + (o.countries().isEmpty() ? "" : " (" + String.join(", ", o.countries()) + ")"))));
        facts.setId("facts");
        facts.getStyle().set("flex-wrap", "wrap");
        return facts;
    }

    private VerticalLayout text(RecommendationOverview o, LocalisedText fullText) {
        Paragraph text = quote(fullText.text());
        text.setId("full-text");
        if (!Languages.of(getLocale()).getLanguage().equals(fullText.language().getLanguage())) {
            text.getElement().setAttribute("lang", fullText.languageTag());
        }

        Paragraph source = new Paragraph(getTranslation("recommendation.source", o.planCode(), o.planTitle()));
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        VerticalLayout block = new VerticalLayout(text, source);
        block.setPadding(false);
        LocalisedTexts.marker(fullText, getLocale(), this).ifPresent(m -> {
            m.setId("full-text-marker");
            block.addComponentAsFirst(m);
        });
        return block;
    }

    private static Paragraph quote(String words) {
        Paragraph text = new Paragraph(words);
        text.getStyle().set("border-left", "4px solid var(--lumo-primary-color-50pct)").set("margin", "0")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("font-style", "italic");
        return text;
    }

    private VerticalLayout decision(RecommendationOverview o) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setSpacing(false);
        if (!o.dependsOn().isEmpty()) {
            block.add(new Paragraph(getTranslation("recommendation.depends-on", String.join(", ", o.dependsOn()))));
        }
        if (o.response() != null) {
            Paragraph response = new Paragraph(getTranslation("recommendation.response-is",
                    getTranslation("response." + o.response().name()),
                    o.targetPeriod() == null ? "" : o.targetPeriod(),
                    o.responseReason() == null ? "" : o.responseReason()));
            response.setId("response");
            block.add(response);
        } else if (o.proposedResponse() != null) {
            Paragraph proposed = new Paragraph(getTranslation("detail.response-proposed",
                    getTranslation("response." + o.proposedResponse().name()),
                    o.proposedTargetPeriod() == null ? "" : o.proposedTargetPeriod()));
            proposed.setId("proposed-response");
            block.add(proposed);
        }
        Paragraph lead = new Paragraph(o.leadOrganisationName() == null
                ? getTranslation("recommendation.no-lead")
                : getTranslation("recommendation.lead-is", o.leadOrganisationName()));
        lead.setId("lead");
        block.add(lead);
        if (!o.supportingOrganisations().isEmpty()) {
            Paragraph supporting = new Paragraph(getTranslation("detail.supporting",
                    String.join(", ", o.supportingOrganisations())));
            supporting.setId("supporting");
            block.add(supporting);
        }
        if (o.closure() != null) {
            Paragraph closure = new Paragraph(getTranslation("recommendation.closed-as",
                    getTranslation("status." + o.closure().name()), o.closureReason() == null ? "" : o.closureReason()));
            closure.setId("closure");
            block.add(closure);
        }
        if (o.planRejectionReason() != null && o.summary().status() == RecommendationStatus.PLANNING) {
            Paragraph returned = new Paragraph(getTranslation("plan.returned-because", o.planRejectionReason()));
            returned.getStyle().set("color", "var(--lumo-error-text-color)");
            block.add(returned);
        }
        return block;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
