package org.mixedmovements.tracker.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.mixedmovements.tracker.base.ui.HeaderItem;
import org.mixedmovements.tracker.notification.InboxService;

/**
 * The header's bell: a link to the Inbox with a badge of the unread notifications, its label read out by screen readers
 * ("3 unread notifications"). Counted again (one indexed count) after each navigation and when the Inbox marks
 * notifications read ({@link Changed} on the UI); without unread ones the badge is hidden and the label says so.
 */
class UnreadNotifications extends RouterLink implements AfterNavigationObserver {

    /** Fired on the UI when the user's notifications were marked read, so the header counts again. */
    static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }

    /** Tells the header of this UI that the unread count changed. */
    static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    private final InboxService inbox;
    private final Span badge = new Span();
    private Registration listening;

    UnreadNotifications(InboxService inbox) {
        super("", InboxView.class);
        this.inbox = inbox;
        setId("unread-notifications");
        addClassName("unread-notifications");
        badge.setId("unread-notifications-count");
        badge.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "primary", "small", "pill"));
        // the link's label is read out; the icon and the number are for the eye
        badge.getElement().setAttribute("aria-hidden", "true");
        var bell = VaadinIcon.BELL.create();
        bell.getElement().setAttribute("aria-hidden", "true");
        add(bell, badge);
        // counted after the navigation that shows it (afterNavigation), not here too: one count per navigation
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        listening = ComponentUtil.addListener(attach.getUI(), Changed.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.remove();
        }
    }

    /** Counts again. */
    void refresh() {
        long unread = inbox.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("inbox.unread", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    /** The bell in the header of every view. */
    @SpringComponent
    static class Item implements HeaderItem {

        private final InboxService inbox;

        Item(InboxService inbox) {
            this.inbox = inbox;
        }

        @Override
        public UnreadNotifications create() {
            return new UnreadNotifications(inbox);
        }
    }
}
