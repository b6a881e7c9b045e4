package org.mixedmovements.tracker.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;

class LoginViewTest extends UiTest {

    @Test
    void anAnonymousVisitorSeesTheLoginFormInEnglish() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theLoginFormSpeaksSpanishToASpanishBrowser() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate(LoginView.class);
        LoginView view = (LoginView) UI.getCurrent().getCurrentView();
        assertThat(view.getPageTitle()).startsWith("Iniciar sesión");
    }

    @Test
    void aFailedLoginShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void aLoginPageOpenedWhileTheApplicationStartsSaysSoAndHidesTheMessageOnceItIsReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            UI.getCurrent().navigate(LoginView.class);
            Paragraph starting = _get(Paragraph.class, spec -> spec.withId("login-starting"));
            assertThat(starting.isVisible()).isTrue();
            assertThat(starting.getText()).contains("The demo is being prepared");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(LoginView.STARTING_POLL_MS);

            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

            assertThat(starting.isVisible()).isFalse();
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void aReadyApplicationShowsNoStartingMessage() {
        UI.getCurrent().navigate(LoginView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Paragraph.class, spec -> spec.withId("login-starting"));
    }
}
