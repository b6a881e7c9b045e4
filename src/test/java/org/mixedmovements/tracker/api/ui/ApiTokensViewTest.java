package org.mixedmovements.tracker.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.api.TokenSummary;

/** "My API tokens": create a token and see its secret once, create a feed address, revoke. */
class ApiTokensViewTest extends UiTest {

    ApiTokenService tokens() {
        return context.getBean(ApiTokenService.class);
    }

    @SuppressWarnings("unchecked")
    Grid<TokenSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("token-grid"));
    }

    List<TokenSummary> rows() {
        return GridKt._fetch(grid(), 0, 100);
    }

    @Test
    void aUserCreatesATokenSeesItsSecretOnceAndRevokesIt() {
        signIn("agency.ibchm");
        UI.getCurrent().navigate(ApiTokensView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "IBC-HM reporting system");
        _click(_get(Button.class, spec -> spec.withId("create-api-token")));
        String secret = _get(TextField.class, spec -> spec.withId("new-token-secret")).getValue();
        assertThat(secret).startsWith("rt_");
        assertThat(tokens().authenticate(secret, Set.of(TokenKind.API)))
                .hasValueSatisfying(t -> assertThat(t.user().getUsername()).isEqualTo("agency.ibchm"));
        TokenSummary row = rows().stream().filter(t -> t.name().equals("IBC-HM reporting system")).findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo(TokenKind.API);
        assertThat(secret).startsWith("rt_" + row.prefix() + "_");
        // the list never shows the secret again
        UI.getCurrent().navigate(ApiTokensView.class);
        _assertNone(TextField.class, spec -> spec.withId("new-token-secret"));

        _click((Button) GridKt._getCellComponent(grid(), rows().stream().map(TokenSummary::id).toList().indexOf(row.id()), ApiTokensView.ACTIONS_COLUMN));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-revoke")));
        assertThat(rows()).extracting(TokenSummary::id).doesNotContain(row.id());
        assertThat(tokens().authenticate(secret, Set.of(TokenKind.API))).isEmpty();
    }

    @Test
    void aCalendarFeedAddressIsShownToCopyAndANameIsRequired() {
        signIn("agency.ibchm");
        UI.getCurrent().navigate(ApiTokensView.class);
        int before = rows().size();

        _click(_get(Button.class, spec -> spec.withId("create-organisation-feed")));
        TextField name = _get(TextField.class, spec -> spec.withId("token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(rows()).hasSize(before);

        _setValue(name, "Outlook");
        _click(_get(Button.class, spec -> spec.withId("create-organisation-feed")));
        String url = _get(TextField.class, spec -> spec.withId("new-token-secret")).getValue();
        assertThat(url).contains("/calendar/rt_").endsWith(".ics");
        String secret = url.substring(url.indexOf("/calendar/") + "/calendar/".length(), url.length() - ".ics".length());
        assertThat(tokens().authenticate(secret, Set.of(TokenKind.CALENDAR_ORGANISATION))).isPresent();
        assertThat(_get(Button.class, spec -> spec.withId("copy-new-token")).isEnabled()).isTrue();
        assertThat(rows()).extracting(TokenSummary::name).contains("Outlook");
    }
}
