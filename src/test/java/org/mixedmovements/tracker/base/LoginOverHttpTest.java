package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on a random port, used over HTTP as a browser would. */
@TrackerTest
class LoginOverHttpTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> dashboard = get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void aDemoUserSignsInWithThePublishedPasswordAndReachesTheApplication() throws Exception {
        HttpResponse<String> login = login("secretariat", "Tracker-demo-1");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(get("/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> login = login("secretariat", "wrong");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void theH2ConsoleAndTheCamundaEndpointsAreNotServed() throws Exception {
        login("admin", "Tracker-demo-1");
        // an unknown path gets the application's own page (its router shows "not found"), never these tools
        assertThat(get("/h2-console").body()).doesNotContainIgnoringCase("h2 console");
        assertThat(get("/engine-rest/engine").body()).doesNotContain("\"name\":\"default\"");
        assertThat(get("/camunda/app/cockpit/").body()).doesNotContainIgnoringCase("cockpit");
    }
}
