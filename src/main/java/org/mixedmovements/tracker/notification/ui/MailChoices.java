package org.mixedmovements.tracker.notification.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.base.ui.ReaderZone;
import org.mixedmovements.tracker.notification.EmailMode;
import org.mixedmovements.tracker.notification.NotificationKind;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;

/**
 * The Inbox's mail settings: one row per kind of notification, in words, with a choice of at once, in the daily digest
 * or in the Inbox only (each kind starts at its default); and the person's time zone, which the digest hour and the
 * Inbox's times follow.
 */
class MailChoices extends VerticalLayout {

    private final NotificationPreferenceService preferences;

    /** @param zoneChanged what to do once the person chose another time zone (the Inbox shows its times again) */
    MailChoices(NotificationPreferenceService preferences, Runnable zoneChanged) {
        this.preferences = preferences;
        setPadding(false);
        String digestTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(preferences.digestTime());
        Paragraph help = new Paragraph(getTranslation("inbox.preferences.help", digestTime));

        ComboBox<ZoneId> zone = new ComboBox<>(getTranslation("inbox.time-zone"));
        zone.setId("inbox-time-zone");
        zone.setHelperText(getTranslation("inbox.time-zone.help", digestTime));
        zone.setItems(preferences.timeZones());
        zone.setItemLabelGenerator(this::zoneLabel);
        zone.setWidth("24em");
        zone.setValue(preferences.myTimeZone());
        zone.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.setMyTimeZone(e.getValue());
                ReaderZone.changed(e.getValue());
                Messages.showSuccess(this, "inbox.time-zone.saved");
                zoneChanged.run();
            }
        });

        Map<NotificationKind, EmailMode> mine = preferences.mine();
        Grid<NotificationKind> kinds = new Grid<>();
        kinds.setId("inbox-email-modes");
        kinds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        kinds.addColumn(kind -> getTranslation(kind.nameKey())).setHeader(getTranslation("inbox.preferences.kind"))
                .setFlexGrow(2);
        kinds.addColumn(kind -> getTranslation("notification.category." + kind.category().name()))
                .setHeader(getTranslation("inbox.preferences.category")).setAutoWidth(true).setFlexGrow(0);
        kinds.addComponentColumn(kind -> channel(kind, mine.get(kind))).setKey("mode")
                .setHeader(getTranslation("inbox.preferences.channel")).setAutoWidth(true).setFlexGrow(0);
        kinds.setItems(List.of(NotificationKind.values()));
        kinds.setAllRowsVisible(true);

        add(new H3(getTranslation("inbox.preferences")), help, zone, kinds);
    }

    private Select<EmailMode> channel(NotificationKind kind, EmailMode current) {
        Select<EmailMode> select = new Select<>();
        select.setId("inbox-email-mode-" + kind.name());
        select.setItems(EmailMode.values());
        select.setItemLabelGenerator(m -> getTranslation("email-mode." + m.name()));
        select.setValue(current);
        select.setAriaLabel(getTranslation("inbox.preferences.channel-of", getTranslation(kind.nameKey())));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.setMine(kind, e.getValue());
                Messages.showSuccess(this, "inbox.preferences.saved");
            }
        });
        return select;
    }

    /** "Panama Time (America/Panama)": the zone's name in the reader's language, then its identifier. */
    private String zoneLabel(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, getLocale()) + " (" + zone.getId() + ")";
    }
}
