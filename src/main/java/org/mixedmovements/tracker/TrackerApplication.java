package org.mixedmovements.tracker;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Recommendation Tracker: one Spring Boot application with the Camunda engine and the Vaadin UI embedded. */
@SpringBootApplication
@Theme(variant = Lumo.LIGHT)
public class TrackerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TrackerApplication.class, args);
    }

    /** The tab's icon: a tick on the tracker's blue (served as a public static resource, no sign-in needed). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
