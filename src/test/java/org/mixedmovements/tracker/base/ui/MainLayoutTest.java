package org.mixedmovements.tracker.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;

class MainLayoutTest extends UiTest {

    String landingOf(String username) {
        signIn(username);
        UI.getCurrent().navigate("");
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void theSecretariatAndTheAdministratorLandOnTheDashboard() {
        assertThat(landingOf("secretariat")).isEqualTo("dashboard");
        assertThat(landingOf("admin")).isEqualTo("dashboard");
    }

    @Test
    void membersAndAgencyFocalPointsLandOnTheirTasks() {
        assertThat(landingOf("wg.unhcr")).isEqualTo("tasks");
        assertThat(landingOf("agency.r4v")).isEqualTo("tasks");
    }

    @Test
    void theHeaderNamesTheUserAndTheirOrganisationAndTheMenuTranslatesItsEntries() {
        assertThat(landingOf("agency.ibchm")).isEqualTo("tasks");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText())
                .isEqualTo("IBC-HM focal point · IBC-HM");
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Dashboard", "Recommendations", "My tasks");
    }
}
