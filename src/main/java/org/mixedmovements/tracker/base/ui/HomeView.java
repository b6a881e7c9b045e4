package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;

/**
 * The address after sign-in: sends each role to the view it works in. The secretariat and administrators watch the
 * dashboard; working-group members and agency focal points start from their tasks.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    static final String DASHBOARD = "dashboard";
    static final String TASKS = "tasks";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landingFor(CurrentUser.require()));
    }

    static String landingFor(TrackerUser user) {
        return user.has(Role.SECRETARIAT) || user.has(Role.ADMIN) ? DASHBOARD : TASKS;
    }
}
