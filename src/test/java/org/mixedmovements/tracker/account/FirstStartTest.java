package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mixedmovements.tracker.TrackerApplication;
import org.mixedmovements.tracker.security.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real deployment's first start: no demo data, the first administrator from the environment (audited), and no
 * password in the log, neither the administrator's nor one typed at a failed sign-in.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    static final String SECRET = "Quetzal-Harbour-2026!";
    static final String WRONG = "Quetzal-Harbour-2027?";

    @Test
    void theFirstStartCreatesTheAdministratorFromTheEnvironmentAndLogsNoPassword(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1", "--server.port=0",
                        "--camunda.bpm.process-engine-name=firstadmin", "--spring.main.banner-mode=off",
                        "--tracker.admin.username=it.admin", "--tracker.admin.password=" + SECRET,
                        "--tracker.admin.organisation=OCHA")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from app_user where demo = true", Long.class)).isZero();
            assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'user'", String.class))
                    .containsExactly("USER_CREATED");

            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            assertThat(Http.location(http.login("it.admin", WRONG))).contains("/login?error");
            assertThat(Http.location(http.login("it.admin", SECRET))).doesNotContain("/login");
            assertThat(jdbc.queryForList("select action from audit_event where actor = 'it.admin' order by id",
                    String.class)).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
            assertThat(output.getAll()).contains("First administrator it.admin created");
        }
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain(WRONG);
    }

    @Test
    void aDefaultOrWeakPasswordIsRefusedAndTheErrorDoesNotShowIt() {
        for (String weak : new String[] {"admin", "password", DemoAccounts.PASSWORD, "Password2024!", "adminadmin123",
                "administrator", "changeme-1234", "aaaaaaaaaaaaaaaa", "123456789012"}) {
            assertThatThrownBy(() -> FirstAdministrator.checkSettings("it.admin", weak, "OCHA")).as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TRACKER_ADMIN_PASSWORD is refused")
                    .satisfies(e -> assertThat(weak.length() < 12 || !e.getMessage().contains(weak)).isTrue());
        }
        assertThatCode(() -> FirstAdministrator.checkSettings("it.admin", SECRET, "OCHA")).doesNotThrowAnyException();
    }
}
