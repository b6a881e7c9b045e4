package org.mixedmovements.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session id over real HTTP (issue 22): it travels in a cookie only, with {@code SameSite=Lax} and
 * {@code HttpOnly}, never in a URL; and {@code GET /VAADIN/} does not send the browser round a redirect loop.
 */
@TrackerTest
class SessionCookieOverHttpTest {

    @LocalServerPort int port;

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = new Http(port).get("/login");

        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
            String attributes = cookie.toLowerCase(Locale.ROOT);
            assertThat(attributes).contains("samesite=lax", "httponly");
        });
    }

    @Test
    void noAddressTheApplicationWritesCarriesTheSessionId() throws Exception {
        Http browser = new Http(port);
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/", "/dashboard", "/login", "/VAADIN/", "/recommendations")) {
            HttpResponse<String> response = browser.get(path);
            seen.add(path + " -> " + response.statusCode() + " " + Http.location(response));
            assertThat(Http.location(response)).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
        HttpResponse<String> signedIn = browser.login("secretariat", "Tracker-demo-1");
        seen.add("login -> " + Http.location(signedIn));
        assertThat(Http.location(signedIn)).doesNotContainIgnoringCase("jsessionid");
        System.out.println("Addresses written: " + seen);
    }

    @Test
    void vaadinsFolderDoesNotRedirectInALoop() throws Exception {
        // a fresh client each time, as a browser without the cookie yet: the case that looped
        Http browser = new Http(port);
        String path = "/VAADIN/";
        List<String> hops = new ArrayList<>();
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = browser.get(path);
            hops.add(path + " -> " + response.statusCode());
            if (response.statusCode() / 100 != 3) {
                break;
            }
            String next = java.net.URI.create("http://localhost:" + port).resolve(Http.location(response)).getRawPath();
            assertThat(next).as("redirect from " + path).isNotEqualTo(path).doesNotContainIgnoringCase("jsessionid");
            path = next;
        }
        assertThat(hops).as("redirects followed: " + hops).hasSizeLessThanOrEqualTo(2);
    }
}
