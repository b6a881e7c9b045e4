package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.mixedmovements.tracker.base.ui.DateRange;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingSchedule;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.plan.Plan;

/**
 * The secretariat schedules a meeting (or moves one already scheduled): plan, day, start and end time (two hours
 * after the start unless changed) and time zone, place or call
 * link, title and the language of its minutes. Scheduling proposes the agenda and invites the members; moving sends
 * them the updated invitation.
 */
class ScheduleMeetingDialog extends Dialog {

    private final Select<Plan> plan = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final TimePicker ends = new TimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField place = new TextField();
    private final Select<String> language = new Select<>();

    /** {@code existing} null: a new meeting of {@code plans}; else that meeting moved. */
    ScheduleMeetingDialog(MeetingScheduleService schedule, List<Plan> plans, Plan selected, MeetingDetails existing,
                          Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "meetings.schedule" : "meetings.move"));
        setWidth("min(40em, 100vw)");
        plan.setId("schedule-plan");
        plan.setLabel(getTranslation("approvals.plan"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> p == null ? "" : p.getCode() + " · " + p.getTitle());
        plan.addValueChangeListener(e -> {
            if (e.getValue() != null && zone.isEmpty()) {
                zone.setValue(e.getValue().zone().getId());
            }
        });
        date.setId("schedule-date");
        date.setLabel(getTranslation("meetings.date"));
        DateRange.limit(date);
        time.setId("schedule-time");
        time.setLabel(getTranslation("meetings.time"));
        ends.setId("schedule-ends");
        ends.setLabel(getTranslation("meetings.ends"));
        time.addValueChangeListener(e -> {
            LocalTime usualEnd = e.getOldValue() == null ? null : e.getOldValue().plus(MeetingSchedule.USUAL_LENGTH);
            if (e.getValue() != null && (ends.isEmpty() || ends.getValue().equals(usualEnd))) {
                ends.setValue(e.getValue().plus(MeetingSchedule.USUAL_LENGTH));
            }
        });
        zone.setId("schedule-zone");
        zone.setLabel(getTranslation("meetings.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        title.setId("schedule-title");
        title.setLabel(getTranslation("meetings.title"));
        title.setMaxLength(300);
        place.setId("schedule-place");
        place.setLabel(getTranslation("meetings.place"));
        place.setHelperText(getTranslation("meetings.place.help"));
        place.setMaxLength(500);
        language.setId("schedule-language");
        language.setLabel(getTranslation("meetings.language"));
        language.setItems("en", "es");
        language.setItemLabelGenerator(code -> getTranslation("meetings.language." + code));
        language.setValue(getLocale() != null && "es".equals(getLocale().getLanguage()) ? "es" : "en");

        FormChecks checks = new FormChecks(this);
        if (existing == null) {
            checks.field("meetingPlan", plan, true);
        }
        checks.field("meetingDate", date, true);
        checks.field("meetingTime", time, true);
        checks.field("meetingEnds", ends, true);
        checks.field("meetingZone", zone, true);
        checks.field("meetingTitle", title, true);
        checks.field("meetingPlace", place, true);
        checks.field("meetingLanguage", language, true);
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(plan, 2);
        }
        form.add(date, time, ends, zone, language);
        form.add(title, 2);
        form.add(place, 2);
        add(form, checks.messages());

        if (existing != null) {
            ZonedDateTime start = existing.startsAt().atZone(existing.zone());
            date.setValue(start.toLocalDate());
            time.setValue(start.toLocalTime());
            ends.setValue(existing.endsAt().atZone(existing.zone()).toLocalTime());
            zone.setValue(existing.zone().getId());
            title.setValue(existing.title());
            place.setValue(existing.place());
            language.setValue(existing.language());
        } else {
            plan.setValue(selected != null ? selected : plans.size() == 1 ? plans.get(0) : null);
        }

        Button save = new Button(getTranslation(existing == null ? "meetings.schedule.save" : "meetings.move.save"));
        save.setId("save-schedule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Long[] id = new Long[1];
            MeetingSchedule input = new MeetingSchedule(plan.getValue() == null ? null : plan.getValue().getId(),
                    date.getValue(), time.getValue(), ends.getValue(),
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                    title.getValue(), place.getValue(), language.getValue());
            if (checks.run(() -> {
                if (existing == null) {
                    id[0] = schedule.schedule(input);
                } else {
                    schedule.reschedule(existing.id(), input);
                    id[0] = existing.id();
                }
            })) {
                Messages.showSuccess(this, existing == null ? "meetings.scheduled" : "meetings.moved");
                close();
                onSaved.accept(id[0]);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
