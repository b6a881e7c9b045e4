package org.mixedmovements.tracker.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.plan.DeadlineSettings;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.plan.PlanSettingsService;
import org.springframework.data.domain.PageRequest;

/** Administration is for administrators: other roles neither see it in the menu nor reach it by address or API. */
class AdministrationAccessTest extends UiTest {

    static final List<String> ADMIN_ONLY = List.of("admin/users", "admin/organisations", "admin/countries",
            "admin/working-group", "admin/mail");
    static final List<String> ADMIN_MENU = List.of("Users", "Organisations", "Countries", "Working group",
            "Mail delivery");

    List<String> menu() {
        UI.getCurrent().navigate("recommendations");
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Whether a view of the tracker opened at the address (a refusal shows Vaadin's error view instead). */
    boolean opens(String route) {
        UI.getCurrent().navigate(route);
        return UI.getCurrent().getCurrentView().getClass().getPackageName().startsWith("org.mixedmovements");
    }

    @Test
    void theSecretariatSeesOnlyThePlanSettingsAndIsRefusedTheOtherAdministrationPages() {
        signIn("secretariat");
        assertThat(menu()).doesNotContainAnyElementsOf(ADMIN_MENU).contains("Plan settings");
        for (String route : ADMIN_ONLY) {
            assertThat(opens(route)).as(route).isFalse();
        }
        assertThat(opens("admin/plan-settings")).isTrue();
        assertThatThrownBy(() -> context.getBean(UserAdministration.class).find("", PageRequest.of(0, 10)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> context.getBean(OrganisationAdministration.class)
                .createOrganisation("SNEAKY", "Typed the address", OrganisationKind.NGO_NETWORK))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAgencyFocalPointSeesNoAdministrationAndIsRefusedEveryPageAndService() {
        signIn("agency.r4v");
        assertThat(menu()).doesNotContainAnyElementsOf(ADMIN_MENU).doesNotContain("Plan settings");
        for (String route : ADMIN_ONLY) {
            assertThat(opens(route)).as(route).isFalse();
        }
        assertThat(opens("admin/plan-settings")).isFalse();
        Long plan = context.getBean(PlanService.class).all().get(0).getId();
        assertThatThrownBy(() -> context.getBean(PlanSettingsService.class)
                .change(plan, new DeadlineSettings("America/Bogota", 7, 30, 7, 21)))
                .isInstanceOf(NotPermittedException.class);
        Long ocha = fixtures.organisation("OCHA");
        assertThatThrownBy(() -> context.getBean(OrganisationAdministration.class).moveChair(ocha))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAdministratorSeesEveryAdministrationPage() {
        signIn("admin");
        assertThat(menu()).containsAll(ADMIN_MENU).contains("Plan settings");
        for (String route : ADMIN_ONLY) {
            assertThat(opens(route)).as(route).isTrue();
        }
    }
}
