package org.mixedmovements.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The application over real HTTP on its random port, as a browser or an attacker sees it: what an anonymous visitor
 * reaches, the security headers, CSRF on the login form, the session timeout, and that neither the H2 console nor
 * Camunda's REST API or webapps are served.
 */
@TrackerTest
class SecurityOverHttpTest {

    /**
     * Addresses that are not views but must not be open either. The REST API (under /api/v1, its own filter chain)
     * and the calendar feeds add theirs here: an anonymous request must be refused or sent to the login page.
     */
    static final List<String> OTHER_PROTECTED_PATHS = List.of(
            "/engine-rest/engine", "/engine-rest/process-definition", "/camunda/app/cockpit/", "/camunda/api/admin/",
            "/h2-console", "/h2-console/login.do", "/actuator", "/actuator/env", "/admin/users/../users",
            "/api/v1/recommendations", "/calendar/milestones.ics");

    /**
     * The only views an anonymous visitor may open: the login page, and the page a mailed one-time sign-in link opens
     * (forgot password, issue 17; its button posts the token, which alone signs in).
     */
    static final List<String> ANONYMOUS_VIEWS = List.of("/login", "/login/ott");

    /** Static resources the login page needs; they are served to anyone. */
    static final List<String> PUBLIC_RESOURCES = List.of("/login", "/VAADIN/build/", "/manifest.webmanifest");

    @LocalServerPort int port;
    @Autowired ServerProperties server;
    @Autowired Environment environment;

    @Test
    void anAnonymousVisitorReachesNoViewButTheLoginPage() throws Exception {
        Http anonymous = new Http(port);
        List<String> open = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> paths = new ArrayList<>(Views.all().stream().map(Views::path).toList());
        paths.addAll(OTHER_PROTECTED_PATHS);
        for (String path : paths) {
            HttpResponse<String> response = anonymous.get(path);
            checked.add(path + " -> " + response.statusCode() + " " + Http.location(response));
            boolean toLogin = response.statusCode() == 302 && Http.location(response).endsWith("/login");
            boolean refused = response.statusCode() == 401 || response.statusCode() == 403
                    || response.statusCode() == 404;
            if (!ANONYMOUS_VIEWS.contains(path) && !toLogin && !refused) {
                open.add(path + " -> " + response.statusCode());
            }
        }
        System.out.println("Anonymous requests: " + checked);
        assertThat(open).as("anonymous requests that were not sent to the login page").isEmpty();
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void anInventedOrForgedSignInLinkSignsNobodyIn() throws Exception {
        Http stranger = new Http(port);
        String page = stranger.get("/login").body();
        java.util.regex.Matcher csrf = Http.CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> invented = stranger.post("/login/ott", "token=invented-token&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Http.location(invented)).contains("/login?link-refused");
        assertThat(stranger.get("/tasks").statusCode()).as("not signed in").isEqualTo(302);
        // without the page's CSRF token the post is refused before the token is even looked at
        HttpResponse<String> forged = new Http(port).post("/login/ott", "token=invented-token");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(Http.location(forged)).doesNotContain("/tasks");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersButHstsOnlyOverTls() throws Exception {
        HttpResponse<String> login = new Http(port).get("/login");
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        // Spring writes HSTS on secure requests only; plain HTTP here, so none (docs/operations.md: behind TLS)
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();

        Http signedIn = new Http(port);
        signedIn.login("secretariat", "Tracker-demo-1");
        assertThat(signedIn.get("/dashboard").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Http attacker = new Http(port);
        attacker.get("/login");
        HttpResponse<String> forged = attacker.post("/login", "username=secretariat&password=Tracker-demo-1");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(Http.location(forged)).contains("/login?error");
        assertThat(attacker.get("/dashboard").statusCode()).as("not signed in").isEqualTo(302);
        HttpResponse<String> wrongToken = attacker.post("/login",
                "username=secretariat&password=Tracker-demo-1&_csrf=made-up-by-another-site");
        assertThat(Http.location(wrongToken)).contains("/login?error");
        assertThat(attacker.get("/dashboard").statusCode()).as("not signed in").isEqualTo(302);
        // with the page's token the same form signs in
        assertThat(Http.location(attacker.login("secretariat", "Tracker-demo-1"))).doesNotContain("/login");
    }

    @Test
    void theH2ConsoleAndCamundasRestApiAndWebappsAreNotThereEvenForAnAdministrator() throws Exception {
        assertThat(environment.getProperty("spring.h2.console.enabled")).isEqualTo("false");
        Http admin = new Http(port);
        admin.login("admin", "Tracker-demo-1");
        for (String path : List.of("/h2-console", "/engine-rest/engine", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/", "/camunda/api/engine/engine/")) {
            HttpResponse<String> response = admin.get(path);
            // the tracker's own page answers (its router shows "not found"), never one of these tools
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("cockpit").doesNotContain("\"name\":\"default\"");
        }
        assertThat(classExists("org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter")).isFalse();
        assertThat(classExists("org.camunda.bpm.engine.rest.impl.CamundaRestResources")).isFalse();
        assertThat(classExists("org.h2.server.web.JakartaWebServlet") && environment.getProperty(
                "spring.h2.console.enabled", Boolean.class, false)).isFalse();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesEvenWithTheTabOpen() {
        assertThat(server.getServlet().getSession().getTimeout()).hasMinutes(30);
        // Vaadin's heartbeats would otherwise keep an open tab's session alive for ever
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
