package org.mixedmovements.tracker.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.notification.EmailMode;
import org.mixedmovements.tracker.notification.InboxService;
import org.mixedmovements.tracker.notification.InboxItem;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;
import org.springframework.data.domain.PageRequest;

/**
 * The signed-in user's notifications, newest first, read page by page: what happened, when, a link to the
 * recommendation; unread ones are marked and can be marked read (opening the link marks it read too). Below, the
 * user's email preference: each notification at once, one daily digest, or none.
 */
@Route("inbox")
@Menu(order = 2.2, title = "menu.inbox", icon = "ENVELOPE")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** Narrower windows (phones) get the one-column layout of the notifications. */
    static final int PHONE_WIDTH = 600;

    private final InboxService inbox;
    private final Span unread = new Span();
    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Grid.Column<InboxItem> badgeColumn;
    private final Grid.Column<InboxItem> whenColumn;
    private final Grid.Column<InboxItem> linkColumn;
    private final Grid.Column<InboxItem> readColumn;
    /** On a phone the grid keeps the text, the link and the read button; the time and "new" go into the text. */
    private boolean narrow;
    private Registration resizing;

    InboxView(InboxService inbox, NotificationPreferenceService preferences) {
        this.inbox = inbox;
        setWidthFull();
        unread.setId("inbox-unread");
        Button markAll = new Button(getTranslation("inbox.mark-all-read"), e -> {
            inbox.markAllRead();
            Messages.showSuccess(this, "inbox.marked-all-read");
            refresh();
        });
        markAll.setId("inbox-mark-all-read");
        HorizontalLayout head = new HorizontalLayout(unread, markAll);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        empty.setId("inbox-empty");
        empty.setText(getTranslation("inbox.empty"));

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        badgeColumn = grid.addComponentColumn(item -> {
            Span badge = new Span(item.unread() ? getTranslation("inbox.unread-badge") : "");
            if (item.unread()) {
                badge.getElement().getThemeList().add("badge");
                badge.getElement().getThemeList().add("primary");
                badge.getElement().getThemeList().add("small");
            }
            return badge;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        whenColumn = grid.addColumn(this::when).setHeader(getTranslation("inbox.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::text).setHeader(getTranslation("inbox.what")).setFlexGrow(3);
        linkColumn = grid.addComponentColumn(this::link).setKey("recommendation").setHeader(getTranslation("inbox.recommendation"))
                .setAutoWidth(true).setFlexGrow(0);
        readColumn = grid.addComponentColumn(item -> {
            Button read = new Button(getTranslation("inbox.mark-read"), e -> {
                inbox.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setVisible(item.unread());
            read.setId("inbox-read-" + item.id());
            return read;
        }).setKey("read").setHeader(getTranslation("inbox.read")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> inbox.mine(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) inbox.mine(PageRequest.of(0, 1)).getTotalElements());
        grid.setHeight("28em");

        RadioButtonGroup<EmailMode> mode = new RadioButtonGroup<>(getTranslation("inbox.preferences.help"));
        mode.setId("inbox-email-mode");
        mode.setItems(List.of(EmailMode.values()));
        mode.setItemLabelGenerator(m -> getTranslation("email-mode." + m.name()));
        mode.setValue(preferences.mine());
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.setMine(e.getValue());
                Messages.showSuccess(this, "inbox.preferences.saved");
            }
        });

        add(new H2(getTranslation("inbox.title")), head, empty, grid,
                new H3(getTranslation("inbox.preferences")), mode);
        refresh();
    }

    private String text(InboxItem item) {
        Object[] arguments = item.arguments().stream()
                .map(a -> InboxItem.shown(a, getLocale(), key -> getTranslation(key))).toArray();
        String text = getTranslation(item.kind().messageKey(), arguments);
        return narrow ? (item.unread() ? getTranslation("inbox.unread-badge") + " · " : "") + when(item) + " · " + text
                : text;
    }

    private String when(InboxItem item) {
        return Formats.dateTime(item.createdAt(), inbox.zone());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(resized -> fit(resized.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizing != null) {
            resizing.remove();
        }
    }

    /** Lays the grid out for a window this wide (package-private for the view test). */
    void fit(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        if (phone != narrow) {
            narrow = phone;
            badgeColumn.setVisible(!narrow);
            whenColumn.setVisible(!narrow);
            // the link and the button keep only the width of their content, not of their headers
            for (Grid.Column<InboxItem> column : List.of(linkColumn, readColumn)) {
                column.setAutoWidth(!narrow);
                column.setWidth(narrow ? "5.5em" : null);
            }
            grid.getDataProvider().refreshAll();
        }
    }

    private Anchor link(InboxItem item) {
        Anchor anchor = new Anchor();
        if (item.recommendationId() != null) {
            anchor.setHref("recommendations/" + item.recommendationId());
            anchor.setText(item.arguments().isEmpty() ? String.valueOf(item.recommendationId()) : item.arguments().get(0));
            anchor.getElement().addEventListener("click", e -> inbox.markRead(item.id()));
        }
        return anchor;
    }

    private void refresh() {
        long count = inbox.unreadCount();
        unread.setText(getTranslation("inbox.unread", count));
        boolean any = inbox.mine(PageRequest.of(0, 1)).getTotalElements() > 0;
        empty.setVisible(!any);
        grid.setVisible(any);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
