package org.mixedmovements.tracker.publication.web;

import org.mixedmovements.tracker.recommendation.LocalisedText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.publication.PublicPlan;

/**
 * The public page as HTML written on the server: no script, one style sheet, every text and attribute escaped, in one
 * language (the {@code lang} of the page). Built for people who read it with a screen reader or on a phone as much as
 * on a desk: landmarks, one heading level per level, tables with headers and captions, the chart with a sentence and
 * a table that say what it shows, words beside every colour.
 */
final class PublicHtml {

    private final Locale language;
    private final DateTimeFormatter dates;
    /** {@code lang} for the plan's own texts where they are not in the page's language; empty where they are. */
    private String dataLanguage = "";
    private final StringBuilder html = new StringBuilder(16_384);

    private PublicHtml(Locale language) {
        this.language = language;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
    }

    /** The list of published plans. */
    static String index(List<PublicPlan.Line> plans, Locale language) {
        PublicHtml page = new PublicHtml(language);
        page.open(page.t("public.index.title"), "/public");
        page.raw("<h1>").say("public.index.title").raw("</h1>\n");
        page.raw("<p>").say("public.index.intro").raw("</p>\n");
        if (plans.isEmpty()) {
            page.raw("<p>").say("public.index.none").raw("</p>\n");
        } else {
            page.raw("<ul class=\"plans\">\n");
            for (PublicPlan.Line plan : plans) {
                page.raw("<li><a href=\"").attr(PublicPageController.planPath(plan.code())).raw("?lang=")
                        .raw(language.toLanguageTag()).raw("\">").esc(plan.title()).raw("</a> (").esc(plan.code())
                        .raw(")</li>\n");
            }
            page.raw("</ul>\n");
        }
        return page.close();
    }

    /** A published plan's page. */
    static String plan(PublicPlan plan, Locale language, String licence) {
        PublicHtml page = new PublicHtml(language);
        page.dataLanguage = plan.language().equals(language.getLanguage()) ? ""
                : " lang=\"" + plan.language() + "\"";
        String path = PublicPageController.planPath(plan.code());
        page.open(plan.title(), path);
        page.raw("<h1").raw(page.dataLanguage).raw(">").esc(plan.title()).raw("</h1>\n<p class=\"intro\">")
                .say("public.plan.intro", page.date(plan.today())).raw("</p>\n");
        if (plan.source() != null) {
            page.raw("<p class=\"intro\">").say("public.plan.source").raw(" <span").raw(page.dataLanguage)
                    .raw(">").esc(plan.source()).raw("</span></p>\n");
        }
        page.glance(plan);
        page.trend(plan.trend());
        page.raw("<section aria-labelledby=\"recommendations\">\n<h2 id=\"recommendations\">")
                .say("public.recommendations").raw("</h2>\n");
        if (plan.recommendations().isEmpty()) {
            page.raw("<p>").say("public.recommendations.none").raw("</p>\n");
        }
        for (PublicPlan.Recommendation r : plan.recommendations()) {
            page.recommendation(r, plan.today());
        }
        page.raw("</section>\n");
        page.openData(path, licence);
        return page.close();
    }

    /** The answer to an address that names no published plan. */
    static String notFound(Locale language) {
        PublicHtml page = new PublicHtml(language);
        page.open(page.t("public.not-found.title"), "/public");
        page.raw("<h1>").say("public.not-found.title").raw("</h1>\n<p>")
                .say("public.not-found.text").raw(" <a href=\"/public?lang=")
                .raw(language.toLanguageTag()).raw("\">").say("public.index.title")
                .raw("</a></p>\n");
        return page.close();
    }

    private void glance(PublicPlan plan) {
        List<PublicPlan.Recommendation> rs = plan.recommendations();
        long accepted = rs.stream().filter(r -> r.response() != null
                && r.response() != org.mixedmovements.tracker.recommendation.GroupResponse.NOT_ACCEPTED).count();
        long due = rs.stream().mapToLong(r -> r.due(plan.today())).sum();
        long done = rs.stream().mapToLong(PublicPlan.Recommendation::done).sum();
        long overdue = rs.stream().mapToLong(r -> r.overdue(plan.today())).sum();
        long milestones = rs.stream().mapToLong(r -> r.milestones().size()).sum();
        String rate = plan.trend().isEmpty() ? t("public.none")
                : plan.trend().get(plan.trend().size() - 1).implementationRate().map(this::percent)
                        .orElse(t("public.none"));
        raw("<section aria-labelledby=\"glance\">\n<h2 id=\"glance\">").say("public.glance")
                .raw("</h2>\n<dl class=\"figures\">\n");
        figure("public.glance.published", String.valueOf(rs.size()));
        figure("public.glance.accepted", String.valueOf(accepted));
        figure("public.glance.rate", rate);
        figure("public.glance.milestones", String.valueOf(milestones));
        figure("public.glance.due", String.valueOf(due));
        figure("public.glance.done", String.valueOf(done));
        figure("public.glance.overdue", String.valueOf(overdue));
        raw("</dl>\n</section>\n");
    }

    private void figure(String key, String value) {
        raw("<div><dt>").say(key).raw("</dt><dd>").esc(value).raw("</dd></div>\n");
    }

    /** The implementation rate at each month's end: bars with a summary sentence, and the same figures as a table. */
    private void trend(List<DayFigures> days) {
        raw("<section aria-labelledby=\"trend\">\n<h2 id=\"trend\">").say("public.trend")
                .raw("</h2>\n");
        if (days.isEmpty()) {
            raw("<p>").say("public.trend.none").raw("</p>\n</section>\n");
            return;
        }
        DayFigures first = days.get(0);
        DayFigures last = days.get(days.size() - 1);
        String summary = t("public.trend.summary", date(first.day()),
                first.implementationRate().map(this::percent).orElse(t("public.none")), date(last.day()),
                last.implementationRate().map(this::percent).orElse(t("public.none")));
        int width = 24;
        int height = 100;
        raw("<figure>\n<svg class=\"trend\" viewBox=\"0 0 ").raw(String.valueOf(days.size() * width)).raw(" ")
                .raw(String.valueOf(height + 2)).raw("\" role=\"img\" aria-labelledby=\"trend-summary\" ")
                .raw("preserveAspectRatio=\"none\" focusable=\"false\">\n");
        for (int i = 0; i < days.size(); i++) {
            int rate = days.get(i).implementationRate().orElse(0);
            raw("<rect class=\"bar\" x=\"").raw(String.valueOf(i * width + 3)).raw("\" y=\"")
                    .raw(String.valueOf(height - rate + 1)).raw("\" width=\"").raw(String.valueOf(width - 6))
                    .raw("\" height=\"").raw(String.valueOf(Math.max(rate, 1))).raw("\"/>\n");
        }
        raw("<line class=\"axis\" x1=\"0\" y1=\"").raw(String.valueOf(height + 1)).raw("\" x2=\"")
                .raw(String.valueOf(days.size() * width)).raw("\" y2=\"").raw(String.valueOf(height + 1))
                .raw("\"/>\n</svg>\n<figcaption id=\"trend-summary\">").esc(summary).raw("</figcaption>\n</figure>\n");
        raw("<table class=\"trend-table\">\n<caption>").say("public.trend.table")
                .raw("</caption>\n<thead><tr><th scope=\"col\">").say("public.trend.day")
                .raw("</th><th scope=\"col\">").say("public.trend.accepted")
                .raw("</th><th scope=\"col\">").say("public.trend.implemented")
                .raw("</th><th scope=\"col\">").say("public.trend.rate").raw("</th></tr></thead>\n<tbody>\n");
        for (DayFigures day : days) {
            raw("<tr><th scope=\"row\">").esc(date(day.day())).raw("</th><td>").raw(String.valueOf(day.accepted()))
                    .raw("</td><td>").raw(String.valueOf(day.implemented())).raw("</td><td>")
                    .esc(day.implementationRate().map(this::percent).orElse(t("public.none")))
                    .raw("</td></tr>\n");
        }
        raw("</tbody>\n</table>\n</section>\n");
    }

    private void recommendation(PublicPlan.Recommendation r, LocalDate today) {
        String id = "rec-" + r.code().replaceAll("[^A-Za-z0-9_-]", "-");
        raw("<article class=\"recommendation\" aria-labelledby=\"").attr(id).raw("\">\n<h3 id=\"").attr(id)
                .raw("\">").esc(r.code()).raw(" · ").localised(r.shownTitle())
                .raw("</h3>\n<dl class=\"facts\">\n");
        raw("<div><dt>").say("public.rec.theme").raw("</dt><dd>").localised(r.shownTheme())
                .raw("</dd></div>\n");
        fact("public.rec.response", r.response() == null ? t("public.rec.no-response")
                : r.targetPeriod() == null ? t("response." + r.response().name())
                : t("public.rec.response-with-period", t("response." + r.response().name()), r.targetPeriod()));
        fact("public.rec.lead", r.leadCode() == null ? t("public.rec.no-lead")
                : r.leadName() == null || r.leadName().equals(r.leadCode()) ? r.leadCode()
                : r.leadName() + " (" + r.leadCode() + ")");
        fact("public.rec.status", t("status." + r.status().name()));
        raw("<div><dt>").say("public.rec.progress").raw("</dt><dd>");
        if (r.progress().isPresent()) {
            int progress = r.progress().get();
            raw("<progress max=\"100\" value=\"").raw(String.valueOf(progress)).raw("\" aria-hidden=\"true\">")
                    .raw("</progress> ").esc(percent(progress));
        } else {
            t("public.rec.no-milestones");
        }
        raw("</dd></div>\n");
        fact("public.rec.milestones", t("public.rec.milestone-counts", r.milestones().size(), r.due(today),
                r.done(), r.overdue(today)));
        raw("</dl>\n");
        if (!r.milestones().isEmpty()) {
            raw("<table class=\"milestones\">\n<caption>").say("public.milestones.caption", r.code())
                    .raw("</caption>\n<thead><tr><th scope=\"col\">").say("public.milestones.name")
                    .raw("</th><th scope=\"col\">").say("public.milestones.due")
                    .raw("</th><th scope=\"col\">").say("public.milestones.state")
                    .raw("</th></tr></thead>\n<tbody>\n");
            for (PublicPlan.Milestone m : r.milestones()) {
                String state = m.done() ? t("public.milestones.done-on", date(m.completedOn()))
                        : m.overdue(today) ? t("public.milestones.overdue", m.progress())
                        : t("public.milestones.open", m.progress());
                String kind = m.done() ? "done" : m.overdue(today) ? "overdue" : "open";
                raw("<tr><th scope=\"row\"").raw(dataLanguage).raw(">").esc(m.name()).raw("</th><td>").esc(date(m.due()))
                        .raw("</td><td><span class=\"state ").raw(kind).raw("\">").esc(state)
                        .raw("</span></td></tr>\n");
            }
            raw("</tbody>\n</table>\n");
        }
        if (!r.votes().isEmpty()) {
            raw("<table class=\"votes\">\n<caption>").say("public.votes.caption", r.code())
                    .raw("</caption>\n<thead><tr><th scope=\"col\">").say("public.votes.organisation")
                    .raw("</th><th scope=\"col\">").say("public.votes.choice")
                    .raw("</th></tr></thead>\n<tbody>\n");
            for (PublicPlan.Vote v : r.votes()) {
                raw("<tr><th scope=\"row\">").esc(v.organisationName() == null ? v.organisationCode()
                        : v.organisationName() + " (" + v.organisationCode() + ")").raw("</th><td>")
                        .say("public.votes." + v.choice().name()).raw("</td></tr>\n");
            }
            raw("</tbody>\n</table>\n");
        }
        raw("</article>\n");
    }

    private void fact(String key, String value) {
        raw("<div><dt>").say(key).raw("</dt><dd>").esc(value).raw("</dd></div>\n");
    }

    private void openData(String path, String licence) {
        raw("<section aria-labelledby=\"open-data\">\n<h2 id=\"open-data\">").say("public.data")
                .raw("</h2>\n<p>").say("public.data.text", licence).raw("</p>\n<ul class=\"downloads\">\n")
                .raw("<li><a href=\"").attr(path).raw("/data.csv?lang=").raw(language.toLanguageTag())
                .raw("\" type=\"text/csv\">").say("public.data.csv").raw("</a></li>\n")
                .raw("<li><a href=\"").attr(path).raw("/data.json?lang=").raw(language.toLanguageTag())
                .raw("\" type=\"application/json\">").say("public.data.json").raw("</a></li>\n")
                .raw("</ul>\n</section>\n");
    }

    private void open(String title, String path) {
        String lang = language.toLanguageTag();
        raw("<!DOCTYPE html>\n<html lang=\"").raw(lang).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .esc(title).raw(" · ").say("public.site").raw("</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"/public/public.css\">\n");
        for (Locale language : Languages.supported()) {
            String other = language.toLanguageTag();
            raw("<link rel=\"alternate\" hreflang=\"").raw(other).raw("\" href=\"").attr(path).raw("?lang=")
                    .raw(other).raw("\">\n");
        }
        raw("</head>\n<body>\n<a class=\"skip\" href=\"#main\">").say("public.skip")
                .raw("</a>\n<header>\n<p class=\"site\"><a href=\"/public?lang=").raw(lang).raw("\">")
                .say("public.site").raw("</a></p>\n<nav aria-label=\"")
                .attr(t("public.languages")).raw("\">\n<ul class=\"languages\">\n");
        for (Locale language : Languages.supported()) {
            String other = language.toLanguageTag();
            raw("<li><a href=\"").attr(path).raw("?lang=").raw(other).raw("\" hreflang=\"").raw(other)
                    .raw("\" lang=\"").raw(other).raw("\"").raw(other.equals(lang) ? " aria-current=\"true\"" : "")
                    .raw(">").esc(Languages.ownName(language)).raw("</a></li>\n");
        }
        raw("</ul>\n</nav>\n</header>\n<main id=\"main\">\n");
    }

    private String close() {
        raw("</main>\n<footer>\n<p>").say("public.footer").raw("</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The text of the key in the page's language. */
    /**
     * A plan's text in the visitor's language or the original: its {@code lang} where it is not the page's, and a
     * note that it is the original or an unofficial translation.
     */
    private PublicHtml localised(LocalisedText text) {
        raw("<span");
        if (!text.language().getLanguage().equals(language.getLanguage())) {
            raw(" lang=\"").attr(text.languageTag()).raw("\"");
        }
        raw(">").esc(text.text()).raw("</span>");
        if (text.original() || text.unofficial()) {
            raw(" <small class=\"content-marker\">").esc(t(text.original() ? "content.original"
                    : "content.unofficial", Languages.nameInText(text.language(), language))).raw("</small>");
        }
        return this;
    }

    private String t(String key, Object... arguments) {
        return Translations.text(language, key, arguments);
    }

    /** Appends the text of the key, escaped. */
    private PublicHtml say(String key, Object... arguments) {
        return esc(t(key, arguments));
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    private String percent(int value) {
        return t("public.percent", value);
    }

    private PublicHtml raw(String markup) {
        html.append(markup);
        return this;
    }

    private PublicHtml attr(String value) {
        return esc(value);
    }

    private PublicHtml esc(String text) {
        if (text == null) {
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return this;
    }
}
