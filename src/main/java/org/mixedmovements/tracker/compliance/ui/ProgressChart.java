package org.mixedmovements.tracker.compliance.ui;

import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.LocalisedText;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * Progress per recommendation: one line each with its code (a link to its page), title, a bar drawn in SVG on the
 * server filled to its progress in the colour of its worst status, the percentage and that status in words. Lines
 * wrap on a narrow screen, the bar stretching to the width.
 */
class ProgressChart extends Div {

    ProgressChart() {
        setId("progress-chart");
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
    }

    void show(List<RecommendationProgress> recommendations, ContentTranslationService.Reading titles) {
        removeAll();
        if (recommendations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.progress.empty"));
            none.setId("progress-empty");
            add(none);
        }
        recommendations.forEach(r -> add(line(r, titles.text(r.id(), TranslatedField.TITLE, r.title()))));
    }

    /** A line; the title in the reader's language, else the original with its {@code lang} (and said so on hover). */
    private Component line(RecommendationProgress r, LocalisedText shown) {
        Div line = new Div();
        line.setId("progress-" + r.id());
        line.addClassName("progress-line");
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Anchor code = new Anchor("recommendations/" + r.id(), r.code());
        code.getStyle().set("font-weight", "600").set("min-width", "3em");
        Span title = new Span(shown.text());
        String marker = shown.original() ? " " + getTranslation("content.original",
                Languages.nameInText(shown.language(), getLocale()))
                : shown.unofficial() ? " " + getTranslation("content.unofficial") : "";
        title.getElement().setAttribute("title", shown.text() + marker);
        if (shown.original()) {
            title.getElement().setAttribute("lang", shown.languageTag());
        }
        title.getStyle().set("flex", "1 1 14em").set("min-width", "0").set("overflow", "hidden")
                .set("text-overflow", "ellipsis").set("white-space", "nowrap");
        String status = r.worst() == null ? getTranslation("dashboard.progress.none")
                : getTranslation("compliance." + r.worst().name());
        Div bar = new Div();
        bar.addClassName("progress-bar");
        bar.getStyle().set("flex", "1 1 9em").set("min-width", "7em").set("line-height", "0");
        bar.getElement().setProperty("innerHTML", svg(r.progress(), r.worst(),
                getTranslation("dashboard.progress.bar", r.code(), r.progress(), status, r.milestones())));
        Span percent = new Span(r.progress() + " %");
        percent.addClassName("progress-value");
        percent.getStyle().set("min-width", "3.5em").set("text-align", "end").set("font-weight", "600");
        Span worst = r.worst() == null ? new Span(status) : Badges.of(r.worst(), "compliance.", StatusColours.badge(r.worst()));
        worst.addClassName("progress-status");
        worst.getStyle().set("min-width", "7em").set("font-size", "var(--lumo-font-size-s)");
        if (r.worst() == null) {
            worst.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        line.add(code, title, bar, percent, worst);
        return line;
    }

    /** A bar 100 units wide, stretched to its box: the track, then the progress in the status colour. */
    static String svg(int progress, ComplianceStatus worst, String label) {
        int filled = Math.max(0, Math.min(100, progress));
        return Svg.root("viewBox", "0 0 100 10", "preserveAspectRatio", "none", "width", "100%", "height", "12",
                        "role", "img", "aria-label", label)
                .element("title", label)
                .leaf("rect", "width", "100", "height", "10", "style", "fill:var(--lumo-contrast-10pct)")
                .leaf("rect", "width", String.valueOf(filled), "height", "10", "style", "fill:" + StatusColours.strong(worst))
                .close("svg").toString();
    }
}
