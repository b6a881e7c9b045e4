package org.mixedmovements.tracker.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.account.TestAccounts;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationAdministration.OrganisationRow;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.data.domain.PageRequest;

class WorkingGroupViewTest extends UiTest {

    OrganisationService organisations() {
        return context.getBean(OrganisationService.class);
    }

    OrganisationAdministration administration() {
        return context.getBean(OrganisationAdministration.class);
    }

    long chairs() {
        return administration().find("", PageRequest.of(0, 1000)).stream().filter(OrganisationRow::chair).count();
    }

    /** The actions of the organisation's row, after filtering the grid down to it. */
    @SuppressWarnings("unchecked")
    Component actionsOf(String code) {
        _setValue(_get(TextField.class, spec -> spec.withId("wg-filter")), code);
        Grid<OrganisationRow> grid = _get(Grid.class, spec -> spec.withId("wg-grid"));
        List<OrganisationRow> rows = GridKt._fetch(grid, 0, 50);
        int row = rows.stream().map(OrganisationRow::code).toList().indexOf(code);
        return GridKt._getCellComponent(grid, row, WorkingGroupView.ACTIONS_COLUMN);
    }

    @Test
    void movingTheChairIsOneClickAndLeavesExactlyOneChair() {
        assertThat(organisations().chair()).map(Organisation::getCode).contains("IOM");
        signIn("admin");
        UI.getCurrent().navigate("admin/working-group");
        try {
            _click(_get(actionsOf("UNHCR"), Button.class, spec -> spec.withId("chair-UNHCR")));
            assertThat(organisations().chair()).map(Organisation::getCode).contains("UNHCR");
            assertThat(chairs()).isEqualTo(1);
            // the former chair is an ordinary voting member again, with the buttons that go with it
            assertThat(_find(actionsOf("IOM"), Button.class, spec -> spec.withId("chair-IOM"))).hasSize(1);
        } finally {
            administration().moveChair(fixtures.organisation("IOM"));
        }
        assertThat(organisations().chair()).map(Organisation::getCode).contains("IOM");
        assertThat(chairs()).isEqualTo(1);
    }

    @Test
    void theChairCanNeitherLeaveNorLoseItsVoteUntilTheChairMoves() {
        signIn("admin");
        UI.getCurrent().navigate("admin/working-group");
        Component iom = actionsOf("IOM");
        assertThat(_find(iom, Button.class, spec -> spec.withId("leave-IOM"))).isEmpty();
        assertThat(_find(iom, Button.class, spec -> spec.withId("voting-IOM"))).isEmpty();
        Long iomId = fixtures.organisation("IOM");
        assertThatThrownBy(() -> organisations().leaveWorkingGroup(iomId)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> administration().setVoting(iomId, false)).isInstanceOf(StateConflictException.class);
        assertThat(organisations().isVotingMember(iomId)).isTrue();
    }

    @Test
    void aMemberThatLosesItsVoteNoLongerHasItsOpenVoteTask() {
        String migracion = context.getBean(TestAccounts.class).member("wg.migracion", "MIGRACION-CO");
        Long recommendation = fixtures.newRecommendation("Vote while a member loses its vote");
        fixtures.signIn("secretariat");
        context.getBean(RecommendationService.class).putOnAgenda(recommendation);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026");
        assertThat(fixtures.findTask(migracion, recommendation, WorkItemKind.CAST_VOTE)).isPresent();

        signIn("admin");
        UI.getCurrent().navigate("admin/working-group");
        Long migracionId = fixtures.organisation("MIGRACION-CO");
        try {
            _click(_get(actionsOf("MIGRACION-CO"), Button.class, spec -> spec.withId("voting-MIGRACION-CO")));
            assertThat(organisations().isVotingMember(migracionId)).isFalse();
            assertThat(fixtures.findTask(migracion, recommendation, WorkItemKind.CAST_VOTE)).isEmpty();
            assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE)).isPresent();
        } finally {
            fixtures.signIn("admin");
            administration().setVoting(migracionId, true);
        }
        assertThat(organisations().isVotingMember(migracionId)).isTrue();
    }
}
