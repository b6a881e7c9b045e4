package org.mixedmovements.tracker;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Recommendation Tracker: one Spring Boot application with the Camunda engine and the Vaadin UI embedded.
 *
 * <p>No {@code @Theme}: Lumo in its light variant is Vaadin's default. A {@code @Theme} without a name (it once said
 * only {@code variant = Lumo.LIGHT}) made the production build link {@code /VAADIN/themes//styles.css} on every page;
 * an application theme would need a theme folder in a front-end bundle this project does not build ({@code ThemeLinkTest}).
 */
@SpringBootApplication
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
