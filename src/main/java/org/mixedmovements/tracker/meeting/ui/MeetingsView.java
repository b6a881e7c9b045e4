package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Downloads;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.MeetingState;
import org.mixedmovements.tracker.meeting.MeetingSummary;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.data.domain.PageRequest;

/** The working group's meetings, latest first; the secretariat records a new one with the decisions taken there. */
@Route("meetings")
@Menu(order = 4, title = "menu.meetings", icon = "GROUP")
@RolesAllowed({Role.WG_MEMBER_NAME, Role.SECRETARIAT_NAME})
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Select<Plan> plan = new Select<>();
    private final Grid<MeetingSummary> grid = new Grid<>();

    MeetingsView(MeetingService meetings, MeetingPackExport packs, MeetingScheduleService schedule) {
        this.meetings = meetings;
        Locale locale = getLocale(); // the pack's language: the page's, read now (a download runs outside the UI)
        setSizeFull();
        setMaxWidth("64em");
        H2 heading = new H2(getTranslation("menu.meetings"));

        plan.setId("meetings-plan");
        plan.setLabel(getTranslation("approvals.plan"));
        plan.setEmptySelectionAllowed(true);
        plan.setEmptySelectionCaption(getTranslation("approvals.all-plans"));
        plan.setItems(meetings.plans());
        plan.setItemLabelGenerator(p -> p == null ? getTranslation("approvals.all-plans") : p.getCode() + " · " + p.getTitle());
        plan.setWidthFull();
        plan.setMaxWidth("32em");
        Anchor pack = Downloads.link("meeting-pack", getTranslation("export.meeting-pack"), VaadinIcon.FILE_TEXT_O,
                () -> packs.meetingPack(null, locale));
        plan.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            Long planId = e.getValue() == null ? null : e.getValue().getId();
            Downloads.change(pack, () -> packs.meetingPack(planId, locale));
        });

        HorizontalLayout tools = new HorizontalLayout(plan, pack);
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.END);
        tools.getStyle().set("flex-wrap", "wrap");
        if (CurrentUser.find().map(u -> u.has(Role.SECRETARIAT)).orElse(false)) {
            Button record = new Button(getTranslation("meetings.record"), VaadinIcon.PLUS.create(),
                    e -> new RecordMeetingDialog(meetings, plan.getValue(), this::recorded).open());
            record.setId("record-meeting");
            Button scheduleOne = new Button(getTranslation("meetings.schedule"), VaadinIcon.CALENDAR.create(),
                    e -> new ScheduleMeetingDialog(schedule, meetings.plans(), plan.getValue(), null, this::recorded)
                            .open());
            scheduleOne.setId("schedule-meeting");
            scheduleOne.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(scheduleOne, record);
        }

        grid.setId("meeting-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("meetings.meeting")).setFlexGrow(1);
        grid.setItems(query -> meetings.meetings(plan.getValue() == null ? null : plan.getValue().getId(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("meetings.none"));
        add(heading, tools, grid);
        setFlexGrow(1, grid);
    }

    private void recorded(Long meetingId) {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.navigate(MeetingDetailView.class, meetingId));
    }

    private Div describe(MeetingSummary m) {
        Anchor title = new Anchor("meetings/" + m.id(), Formats.date(m.heldOn()) + " · " + m.title());
        title.setId("meeting-" + m.id());
        title.getStyle().set("font-weight", "600").set("display", "block");
        Span facts = new Span((m.state() == MeetingState.CLOSED ? "" : getTranslation("meetings.state." + m.state().name())
                + " · ") + getTranslation("meetings.summary", m.planCode(), String.join(", ", m.participantCodes()),
                m.decisionsTaken()));
        facts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(title, facts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.meetings") + " | " + getTranslation("app.title");
    }
}
