package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's item in the header of every view, such as the notification centre's unread count: a Spring bean the
 * {@link MainLayout} asks for a new component for each UI, so the frame shows it without depending on the feature.
 */
public interface HeaderItem {

    /** A new component for one UI's header. */
    Component create();
}
