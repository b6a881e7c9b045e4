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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.mixedmovements.tracker.notification.InboxService.Section;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.notification.InboxService;
import org.mixedmovements.tracker.notification.InboxItem;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;
import org.springframework.data.domain.PageRequest;

/**
 * The signed-in user's notifications, newest first, read page by page in two tabs: "To do" (work offered that is not
 * done yet; an item leaves it once the work is recorded as done) and "For information" (the rest, with done work marked
 * done). Each has its time (in the user's zone), its text and a link to the page where the work is done; unread ones
 * are marked and can be marked read (opening the link marks it read too), which the header's count follows. Below, the
 * mail choices per kind and the time zone ({@link MailChoices}).
 */
@Route("inbox")
@Menu(order = 2.2, title = "menu.inbox", icon = "ENVELOPE")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** Narrower windows (phones) get the one-column layout of the notifications. */
    static final int PHONE_WIDTH = 600;

    private final InboxService inbox;
    private final Span unread = new Span();
    private final Tab toDo = new Tab();
    private final Tab forInformation = new Tab();
    private final Tabs sections = new Tabs(toDo, forInformation);
    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Grid.Column<InboxItem> badgeColumn;
    private final Grid.Column<InboxItem> whenColumn;
    private final Grid.Column<InboxItem> linkColumn;
    private final Grid.Column<InboxItem> readColumn;
    private Section section = Section.TO_DO;
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
        toDo.setId("inbox-tab-to-do");
        forInformation.setId("inbox-tab-information");
        sections.setId("inbox-sections");
        sections.addSelectedChangeListener(e -> {
            section = e.getSelectedTab() == forInformation ? Section.FOR_INFORMATION : Section.TO_DO;
            refresh();
        });
        empty.setId("inbox-empty");

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        badgeColumn = grid.addComponentColumn(this::badge).setHeader("").setAutoWidth(true).setFlexGrow(0);
        whenColumn = grid.addColumn(this::when).setHeader(getTranslation("inbox.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::text).setHeader(getTranslation("inbox.what")).setFlexGrow(3);
        linkColumn = grid.addComponentColumn(this::link).setKey("link").setHeader(getTranslation("inbox.link"))
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
        grid.setItems(q -> inbox.mine(section, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) inbox.count(section));
        grid.setHeight("28em");

        add(new H2(getTranslation("inbox.title")), head, sections, empty, grid, new MailChoices(preferences, this::refresh));
        refresh();
    }

    /** "New" for an unread one, "Done" for work that was done. */
    private Span badge(InboxItem item) {
        Span badge = new Span(item.unread() ? getTranslation("inbox.unread-badge")
                : item.done() ? getTranslation("inbox.done-badge") : "");
        if (item.unread()) {
            badge.getElement().getThemeList().addAll(List.of("badge", "primary", "small"));
        } else if (item.done()) {
            badge.getElement().getThemeList().addAll(List.of("badge", "success", "small"));
        }
        return badge;
    }

    private String text(InboxItem item) {
        Object[] arguments = item.arguments().stream()
                .map(a -> InboxItem.shown(a, getLocale(), key -> getTranslation(key))).toArray();
        String text = getTranslation(item.kind().messageKey(), arguments);
        if (!narrow) {
            return text;
        }
        String mark = item.unread() ? getTranslation("inbox.unread-badge") + " · "
                : item.done() ? getTranslation("inbox.done-badge") + " · " : "";
        return mark + when(item) + " · " + text;
    }

    private String when(InboxItem item) {
        return Formats.dateTime(item.createdAt());
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

    /** The page where the work is done, named by the recommendation's code (or "Open" when there is none). */
    private Anchor link(InboxItem item) {
        Anchor anchor = new Anchor();
        if (item.target() != null) {
            anchor.setHref(item.target());
            String code = item.arguments().isEmpty() ? "" : item.arguments().get(0);
            anchor.setText(code.isBlank() ? getTranslation("inbox.open") : code);
            anchor.getElement().setAttribute("aria-label",
                    getTranslation(item.toDo() ? "inbox.open-work" : "inbox.open", code));
            anchor.getElement().addEventListener("click", e -> {
                inbox.markRead(item.id());
                getUI().ifPresent(UnreadNotifications::changed);
            });
        }
        return anchor;
    }

    private void refresh() {
        long count = inbox.unreadCount();
        unread.setText(getTranslation("inbox.unread", count));
        toDo.setLabel(getTranslation("inbox.to-do", inbox.count(Section.TO_DO)));
        forInformation.setLabel(getTranslation("inbox.for-information"));
        boolean any = inbox.count(section) > 0;
        empty.setText(getTranslation(section == Section.TO_DO ? "inbox.empty.to-do" : "inbox.empty"));
        empty.setVisible(!any);
        grid.setVisible(any);
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(UnreadNotifications::changed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
