package org.mixedmovements.tracker.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
}
