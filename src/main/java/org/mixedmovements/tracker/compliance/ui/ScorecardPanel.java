package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.ScorecardRow;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The organisation scorecard: one row per organisation (or only the reader's own) with its milestones by status, its
 * on-time rate, how far its due dates moved, the votes it has not cast and the progress reports it owes past their due
 * date.
 */
class ScorecardPanel extends Div {

    private static final List<ComplianceStatus> STATUSES = List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK,
            ComplianceStatus.OVERDUE, ComplianceStatus.COMPLETED_ON_TIME, ComplianceStatus.COMPLETED_LATE,
            ComplianceStatus.NOT_DUE_YET);

    private final H3 title = new H3();
    private final Paragraph intro = new Paragraph();
    private final Paragraph none = new Paragraph();
    private final FigureTable table = new FigureTable("scorecard-table");

    ScorecardPanel() {
        setId("scorecard");
        setWidthFull();
        getStyle().set("margin-top", "var(--lumo-space-l)");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 0 var(--lumo-space-s)");
        none.setId("scorecard-none");
        none.setText(getTranslation("dashboard.scorecard.none"));
        add(title, intro, none, table);
    }

    void show(List<ScorecardRow> rows, boolean all) {
        title.setText(getTranslation(all ? "dashboard.scorecard.title" : "dashboard.scorecard.title-own"));
        intro.setText(getTranslation(all ? "dashboard.scorecard.intro" : "dashboard.scorecard.intro-own"));
        none.setVisible(rows.isEmpty());
        table.setVisible(!rows.isEmpty());
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.scorecard.organisation"));
        headers.add(getTranslation("dashboard.scorecard.milestones"));
        STATUSES.forEach(s -> headers.add(getTranslation("compliance." + s.name())));
        headers.add(getTranslation("dashboard.scorecard.on-time-rate"));
        headers.add(getTranslation("dashboard.scorecard.slipped"));
        headers.add(getTranslation("dashboard.scorecard.average-slippage"));
        headers.add(getTranslation("dashboard.scorecard.votes-not-cast"));
        headers.add(getTranslation("dashboard.scorecard.reports-missing"));
        table.show(getTranslation("dashboard.scorecard.title"), headers, rows.stream().map(r -> {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(r.milestones()));
            STATUSES.forEach(s -> cells.add(String.valueOf(r.count(s))));
            cells.add(r.onTimeRate() == null ? "—" : r.onTimeRate() + " %");
            cells.add(String.valueOf(r.slipped()));
            cells.add(getTranslation("dashboard.scorecard.days", r.averageSlippage(), Formats.decimal(r.averageSlippage())));
            cells.add(String.valueOf(r.votesNotCast()));
            cells.add(String.valueOf(r.reportsMissing()));
            return new FigureTable.Row(r.code(), r.name(), cells);
        }).toList());
    }
}
