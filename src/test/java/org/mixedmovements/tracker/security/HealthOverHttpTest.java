package org.mixedmovements.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/health} over real HTTP: a monitoring probe without an account learns whether the tracker is up and
 * nothing more; an administrator signed in with the second factor reads each part; anyone else signed in gets the status only.
 */
@TrackerTest
class HealthOverHttpTest {

    static final String DEMO_PASSWORD = "Tracker-demo-1";

    @LocalServerPort int port;

    @Test
    void anAnonymousProbeLearnsOnlyThatTheTrackerIsUp() throws Exception {
        HttpResponse<String> health = new Http(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void anAdministratorWhoHasTypedOnlyThePasswordGetsTheStatusWithoutTheDetails() throws Exception {
        Http admin = new Http(port);
        assertThat(Http.location(admin.login("admin", DEMO_PASSWORD))).doesNotContain("error");

        HttpResponse<String> health = admin.get("/actuator/health");

        // the details need the second factor too: SecondFactorJourneyTest reads them after the code
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void aSignedInSecretariatGetsTheStatusWithoutTheDetails() throws Exception {
        Http secretariat = new Http(port);
        assertThat(Http.location(secretariat.login("secretariat", DEMO_PASSWORD))).doesNotContain("error");

        HttpResponse<String> health = secretariat.get("/actuator/health");

        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    }
}
