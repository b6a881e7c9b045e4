package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.security.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A notification's link opened by someone not signed in (from a mail, in a new browser) goes to the sign-in page and,
 * once signed in, to the page of the link: Spring Security keeps the request, Vaadin's login view sends the user back.
 */
@TrackerTest
class LinksThroughSignInTest {

    @LocalServerPort int port;

    @Test
    void an_anonymous_reader_of_a_link_signs_in_and_lands_on_the_page_of_the_link() throws Exception {
        for (String link : List.of("/approvals/12", "/tasks", "/recommendations/3")) {
            Http browser = new Http(port);
            HttpResponse<String> anonymous = browser.get(link);
            assertThat(anonymous.statusCode()).as(link).isEqualTo(302);
            assertThat(Http.location(anonymous)).as(link).endsWith("/login");

            HttpResponse<String> signedIn = browser.login("wg.ocha", "Tracker-demo-1");
            assertThat(signedIn.statusCode()).as(link).isEqualTo(302);
            // Spring Security marks the replayed request with "?continue", which the views ignore
            assertThat(URI.create(Http.location(signedIn)).getPath()).as(link).isEqualTo(link);
        }
    }
}
