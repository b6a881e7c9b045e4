package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingService;

/** One meeting: when, who was there, the minutes and the decisions taken by consensus. */
@Route("meetings")
@RolesAllowed({Role.WG_MEMBER_NAME, Role.SECRETARIAT_NAME})
class MeetingDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeetingService meetings;
    private String title = "";

    MeetingDetailView(MeetingService meetings) {
        this.meetings = meetings;
        setWidthFull();
        setMaxWidth("56em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(meetings.meeting(id));
    }

    private void show(MeetingDetails m) {
        removeAll();
        title = Formats.date(m.heldOn()) + " · " + m.title();
        H2 heading = new H2(title);
        heading.setId("meeting-heading");
        Paragraph facts = new Paragraph(getTranslation("meetings.detail.facts", m.planCode(), m.planTitle(),
                m.recordedBy(), Formats.dateTime(m.recordedAt())));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph present = new Paragraph(getTranslation("meetings.detail.present", String.join(", ", m.participantCodes())));
        present.setId("meeting-participants");
        Paragraph minutes = new Paragraph(m.minutes());
        minutes.setId("meeting-minutes");
        minutes.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere")
                .set("border-left", "4px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)");
        add(heading, facts, present, new H3(getTranslation("meetings.minutes")), minutes,
                new H3(getTranslation("meetings.decisions-taken")), decisions(m));
    }

    private Div decisions(MeetingDetails m) {
        Div list = new Div();
        list.setId("meeting-decisions");
        list.setWidthFull();
        if (m.decisions().isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.no-decisions")));
        }
        for (MeetingDetails.DecisionTakenHere d : m.decisions()) {
            Anchor recommendation = new Anchor("recommendations/" + d.recommendationId(),
                    d.recommendationCode() + " · " + d.recommendationTitle());
            recommendation.getStyle().set("font-weight", "600");
            Span what = new Span(getTranslation("approvals.type." + d.type().name()) + ": "
                    + getTranslation("outcome." + d.outcome().name()) + (d.reason() == null ? "" : " (" + d.reason() + ")"));
            what.setId("meeting-decision-" + d.decisionId());
            what.getStyle().set("display", "block");
            Div row = new Div(recommendation, what);
            row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("overflow-wrap", "anywhere");
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
