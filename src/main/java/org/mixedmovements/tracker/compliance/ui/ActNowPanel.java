package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.ActNowList;
import org.mixedmovements.tracker.compliance.ActNowRow;

/**
 * The dashboard's "Who must act now": one line per piece of open work, most urgent first: who must act (the
 * organisations' names, or the secretariat), what is awaited (a link to where it is done), and by when or since when.
 */
class ActNowPanel extends Div {

    private final OrderedList rows = new OrderedList();
    private final Paragraph none = new Paragraph();
    private final Paragraph more = new Paragraph();

    ActNowPanel() {
        setId("act-now");
        setWidthFull();
        addClassName("act-now");
        H3 title = new H3(getTranslation("dashboard.act-now.title"));
        title.setId("act-now-title");
        Paragraph intro = new Paragraph(getTranslation("dashboard.act-now.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        rows.setId("act-now-rows");
        rows.getStyle().set("margin", "var(--lumo-space-s) 0").set("padding-left", "var(--lumo-space-l)");
        none.setId("act-now-none");
        none.setText(getTranslation("dashboard.act-now.none"));
        more.setId("act-now-more");
        add(title, intro, none, rows, more);
    }

    void show(ActNowList list) {
        rows.removeAll();
        list.rows().forEach(row -> rows.add(line(row)));
        none.setVisible(list.isEmpty());
        rows.setVisible(!list.isEmpty());
        more.setVisible(list.more() > 0);
        more.setText(list.more() > 0 ? getTranslation("dashboard.act-now.more", list.more()) : "");
    }

    /** Up to this many organisations are named in the line; more are counted, their names in the tooltip. */
    static final int NAMED = 2;

    private String who(List<String> organisations) {
        if (organisations.isEmpty()) {
            return getTranslation("dashboard.act-now.secretariat");
        }
        return organisations.size() <= NAMED ? String.join(", ", organisations)
                : getTranslation("dashboard.act-now.members", organisations.size());
    }

    private ListItem line(ActNowRow row) {
        String organisations = who(row.organisations());
        Span who = new Span(row.person() == null ? organisations
                : getTranslation("dashboard.act-now.person", organisations, row.person()));
        if (row.organisations().size() > NAMED) {
            // every name is a hover away (and read out), the line stays one a person can scan
            who.setTitle(String.join(", ", row.organisations()));
            who.getElement().setAttribute("aria-label", String.join(", ", row.organisations()));
        }
        who.addClassName("act-now-who");
        who.getStyle().set("font-weight", "600");
        Anchor what = new Anchor(row.path(), what(row));
        what.addClassName("act-now-what");
        Span when = new Span(when(row));
        when.addClassName("act-now-when");
        if (row.kind() == ActNowRow.Kind.OVERDUE || row.kind() == ActNowRow.Kind.QUORUM_MISSED
                || row.kind() == ActNowRow.Kind.ACTION_POINT
                || row.kind() == ActNowRow.Kind.REPORT_DUE && row.daysLate() > 0) {
            when.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        ListItem item = new ListItem(who, new Span(": "), what);
        if (!when.getText().isEmpty()) {
            item.add(new Span(" · "), when);
        }
        if (row.escalation() != null) {
            Span escalated = new Span(getTranslation("dashboard.act-now.escalated." + row.escalation().name()));
            escalated.addClassName("act-now-escalated");
            escalated.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            item.add(new Span(" · "), escalated);
        }
        item.addClassName("act-now-row");
        item.getElement().setAttribute("data-kind", row.kind().name());
        return item;
    }

    private String what(ActNowRow row) {
        if (row.kind() == ActNowRow.Kind.OVERDUE) {
            return getTranslation("dashboard.act-now.what.OVERDUE", row.recommendationCode(), row.milestoneName());
        }
        if (row.kind() == ActNowRow.Kind.ACTION_POINT) {
            return getTranslation("dashboard.act-now.what.ACTION_POINT", row.meeting(), row.milestoneName());
        }
        if (row.kind() == ActNowRow.Kind.PLAN_TO_DRAFT || row.kind() == ActNowRow.Kind.REPORT_DUE) {
            return getTranslation("dashboard.act-now.what." + row.kind().name(), row.recommendationCode());
        }
        String subject = getTranslation("dashboard.act-now.subject." + row.decisionType(), row.recommendationCode());
        return getTranslation("dashboard.act-now.what." + row.kind().name(), subject);
    }

    private String when(ActNowRow row) {
        return switch (row.kind()) {
            case OVERDUE, ACTION_POINT -> getTranslation("dashboard.act-now.late", row.daysLate());
            case VOTE, OBJECTION -> row.date() == null ? "" : getTranslation("dashboard.act-now.by",
                    Formats.date(row.date()));
            case QUORUM_MISSED -> row.date() == null ? "" : getTranslation("dashboard.act-now.closed",
                    Formats.date(row.date()));
            case CONSENSUS -> getTranslation("dashboard.act-now.since", Formats.date(row.date()));
            case PLAN_TO_DRAFT -> "";
            case REPORT_DUE -> row.daysLate() > 0 ? getTranslation("dashboard.act-now.late", row.daysLate())
                    : getTranslation("dashboard.act-now.due", Formats.date(row.date()));
        };
    }
}
