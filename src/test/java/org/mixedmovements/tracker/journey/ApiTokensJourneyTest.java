package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * IBC-HM's focal point creates an API token in "My API tokens", copies it, and their system reads its tasks with it;
 * signed in, they read the API's documentation in Swagger UI (served by the application itself).
 */
@DemoApplicationTest
class ApiTokensJourneyTest {

    @LocalServerPort int port;

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void anAgencyCreatesATokenItsSystemUsesAndReadsTheApiDocumentation() throws Exception {
        Texts texts = Texts.of("en");
        String secret;
        try (Browser desk = Browser.open(port, 1280, 900)) {
            desk.login("agency.ibchm", "Tracker-demo-1");
            desk.go("tokens");
            desk.type("token-name", "IBC-HM reporting system");
            desk.click("create-api-token");
            desk.waitUntilTextAppears(texts.get("tokens.shown-once", "IBC-HM reporting system"));
            secret = desk.byId("new-token-secret").getDomProperty("value");
            desk.screenshot("api-tokens");

            desk.go("swagger-ui.html");
            desk.waitUntilTextAppears("Recommendation Tracker API");
            desk.waitUntilTextAppears("/api/v1/tasks/{taskId}/report");
            desk.screenshot("api-swagger-ui");
        }
        assertThat(secret).startsWith("rt_");

        HttpResponse<String> tasks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/tasks?scope=MINE"))
                .header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("\"total\"");
    }
}
