package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class FirstAdministratorTest {

    @Test
    void aRealDeploymentsFirstStartWithoutAdministratorSettingsRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TrackerApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1", "--server.port=0",
                        "--spring.main.banner-mode=off").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRACKER_ADMIN_USERNAME");
    }

    @Test
    void aShortPasswordOrTheDemoPasswordIsRefused() {
        assertThatThrownBy(() -> FirstAdministrator.checkSettings("it", "short", "OCHA")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> FirstAdministrator.checkSettings("it", DemoAccounts.PASSWORD, "OCHA"))
                .hasMessageContaining("demo password");
        assertThatCode(() -> FirstAdministrator.checkSettings("it", "a-long-enough-secret", "OCHA")).doesNotThrowAnyException();
    }
}
