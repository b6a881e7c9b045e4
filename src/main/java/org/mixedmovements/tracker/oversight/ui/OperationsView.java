package org.mixedmovements.tracker.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration.OutboxSummary;
import org.mixedmovements.tracker.oversight.OperationsAdministration;
import org.mixedmovements.tracker.oversight.OperationsAdministration.Incident;
import org.mixedmovements.tracker.oversight.OperationsAdministration.Timer;

/**
 * For administrators, instead of Camunda Cockpit: the failed process steps with their recommendation, what went wrong
 * and a retry; the timers due in the next 24 hours; the mail outbox (the failed mails are retried from the mail
 * delivery view); and whether the database, the engine and its job executor work.
 */
@Route("admin/operations")
@Menu(order = 95, title = "operations.title", icon = "WRENCH")
@RolesAllowed(Role.ADMIN_NAME)
class OperationsView extends VerticalLayout implements HasDynamicTitle {

    /** The route of the mail delivery view (the notification feature's), where failed mails are sent again. */
    static final String MAIL_DELIVERY_ROUTE = "admin/mail";

    private final OperationsAdministration operations;
    private final Grid<Incident> incidents = new Grid<>();
    private final Paragraph noIncidents = new Paragraph();
    private final Grid<Timer> timers = new Grid<>();
    private final Paragraph noTimers = new Paragraph();
    private final Paragraph outbox = new Paragraph();
    private final FlexLayout health = new FlexLayout();

    OperationsView(OperationsAdministration operations) {
        this.operations = operations;
        setWidthFull();
        setMaxWidth("90em");
        noIncidents.setId("no-incidents");
        noIncidents.setText(getTranslation("operations.incidents.none"));
        noTimers.setId("no-timers");
        noTimers.setText(getTranslation("operations.timers.none"));
        outbox.setId("mail-outbox");
        health.setId("health");
        health.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        health.getStyle().set("gap", "var(--lumo-space-m)");
        Anchor mail = new Anchor(MAIL_DELIVERY_ROUTE, getTranslation("operations.mail.open"));
        mail.setId("open-mail-delivery");
        add(new H2(getTranslation("operations.title")), new Paragraph(getTranslation("operations.intro")),
                new H3(getTranslation("operations.health")), health,
                new H3(getTranslation("operations.incidents")), noIncidents, incidentGrid(),
                new H3(getTranslation("operations.timers")), noTimers, timerGrid(),
                new H3(getTranslation("operations.mail")), outbox, mail);
        refresh();
    }

    private Grid<Incident> incidentGrid() {
        incidents.setId("incidents");
        incidents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        incidents.setAllRowsVisible(true);
        incidents.addColumn(i -> Formats.dateTime(i.job().failedAt()))
                .setHeader(getTranslation("operations.incident.when", Formats.zoneName())).setWidth("11rem")
                .setFlexGrow(0);
        incidents.addColumn(i -> recommendation(i.recommendationCode()))
                .setHeader(getTranslation("operations.incident.recommendation")).setWidth("9rem").setFlexGrow(0);
        incidents.addColumn(i -> getTranslation("operations.incident.error-text", i.job().step(getLocale()),
                        i.job().process(getLocale()),
                        i.job().error() == null ? getTranslation("operations.incident.no-message") : i.job().error()))
                .setHeader(getTranslation("operations.incident.error")).setFlexGrow(1);
        incidents.addComponentColumn(this::retry).setKey("retry").setWidth("8rem").setFlexGrow(0);
        return incidents;
    }

    private Component retry(Incident incident) {
        Button retry = new Button(getTranslation("operations.incident.retry"), e -> {
            try {
                operations.retry(incident.job().incidentId());
                Messages.showSuccess(this, "operations.incident.retried", incident.job().step(getLocale()));
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
            refresh();
        });
        retry.setId("retry-" + incident.job().incidentId());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private Grid<Timer> timerGrid() {
        timers.setId("timers");
        timers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        timers.setAllRowsVisible(true);
        timers.addColumn(t -> Formats.dateTime(t.timer().dueAt()))
                .setHeader(getTranslation("operations.timer.due", Formats.zoneName())).setWidth("11rem")
                .setFlexGrow(0);
        timers.addColumn(t -> recommendation(t.recommendationCode()))
                .setHeader(getTranslation("operations.incident.recommendation")).setWidth("9rem").setFlexGrow(0);
        timers.addColumn(t -> t.timer().step(getLocale())).setHeader(getTranslation("operations.timer.step")).setFlexGrow(1);
        timers.addColumn(t -> t.timer().process(getLocale())).setHeader(getTranslation("operations.timer.process"))
                .setFlexGrow(1);
        return timers;
    }

    private String recommendation(String code) {
        return code == null ? getTranslation("operations.no-recommendation") : code;
    }

    private void refresh() {
        var failed = operations.incidents();
        incidents.setItems(failed);
        incidents.setVisible(!failed.isEmpty());
        noIncidents.setVisible(failed.isEmpty());
        var due = operations.timersDue();
        timers.setItems(due);
        timers.setVisible(!due.isEmpty());
        noTimers.setVisible(due.isEmpty());
        OutboxSummary mail = operations.outbox();
        outbox.setText(getTranslation("operations.mail.summary", mail.pending(), mail.failed(),
                mail.lastSentAt() == null ? getTranslation("operations.mail.never")
                        : Formats.dateTime(mail.lastSentAt())));
        health.removeAll();
        for (OperationsAdministration.Health part : operations.health()) {
            Span badge = new Span(getTranslation("operations.health.line",
                    getTranslation("operations.health." + part.component()), part.up()
                            ? getTranslation("operations.health.up")
                            : getTranslation("operations.health.down", part.status())));
            badge.setId("health-" + part.component());
            badge.getElement().getThemeList().add("badge");
            badge.getElement().getThemeList().add(part.up() ? "success" : "error");
            health.add(badge);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title") + " | " + getTranslation("app.title");
    }
}
