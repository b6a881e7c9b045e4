package org.mixedmovements.tracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.notification.InboxService;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration.UndeliveredMail;
import org.springframework.data.domain.PageRequest;

/**
 * For administrators: the mails that could not be delivered (failed for good, or being retried), to whom, what, how
 * many attempts and the mail server's last answer; a failed one can be sent again once the cause is fixed.
 */
@Route("admin/mail")
@Menu(order = 96, title = "menu.admin-mail", icon = "ENVELOPE_O")
@RolesAllowed(Role.ADMIN_NAME)
class MailDeliveryView extends VerticalLayout implements HasDynamicTitle {

    private final MailDeliveryAdministration mails;
    private final Grid<UndeliveredMail> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    MailDeliveryView(MailDeliveryAdministration mails, InboxService inbox) {
        this.mails = mails;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("admin.mail.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "60em");
        none.setId("no-undelivered-mail");
        none.setText(getTranslation("admin.mail.none"));

        grid.setId("undelivered-mail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.mail.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.username() + (m.email() == null ? "" : " <" + m.email() + ">"))
                .setHeader(getTranslation("admin.mail.to")).setFlexGrow(2);
        grid.addColumn(m -> m.kind() == null
                        ? getTranslation("admin.mail.digest", Formats.date(m.digestDay()))
                        : getTranslation("notification.kind-name." + m.kind().name()))
                .setHeader(getTranslation("admin.mail.what")).setFlexGrow(2);
        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader(getTranslation("admin.mail.written"))
                .setAutoWidth(true);
        grid.addColumn(UndeliveredMail::attempts).setHeader(getTranslation("admin.mail.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError())
                .setHeader(getTranslation("admin.mail.last-error")).setFlexGrow(3);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> mails.undelivered(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) mails.count());
        add(new H2(getTranslation("menu.admin-mail")), intro, none, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Span state(UndeliveredMail mail) {
        Span badge = new Span(mail.failed() ? getTranslation("admin.mail.failed")
                : getTranslation("admin.mail.retrying", mail.retryAt() == null ? ""
                        : Formats.dateTime(mail.retryAt())));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(mail.failed() ? "error" : "contrast");
        return badge;
    }

    private Button action(UndeliveredMail mail) {
        Button again = new Button(getTranslation("admin.mail.send-again"), e -> {
            try {
                mails.sendAgain(mail.id());
                Messages.showSuccess(this, "admin.mail.sent-again", mail.username());
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
            refresh();
        });
        again.setId("send-again-" + mail.id());
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        again.setVisible(mail.failed());
        return again;
    }

    private void refresh() {
        boolean any = mails.count() > 0;
        none.setVisible(!any);
        grid.setVisible(any);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-mail") + " | " + getTranslation("app.title");
    }
}
