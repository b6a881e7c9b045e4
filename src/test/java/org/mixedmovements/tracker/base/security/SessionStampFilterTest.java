package org.mixedmovements.tracker.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which requests the account check of {@link SessionStampFilter} reads the database for: every one that can show or
 * change data, not the application's own static files that a page load fetches by the dozen.
 */
class SessionStampFilterTest {

    private final SessionStampFilter filter = new SessionStampFilter(null);

    private boolean checked(String method, String contextPath, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContextPath(contextPath);
        return !filter.shouldNotFilter(request);
    }

    @Test
    void theApplicationsStaticFilesAreServedWithoutTheAccountCheck() {
        assertThat(checked("GET", "", "/VAADIN/build/indexhtml-3a4b.js")).isFalse();
        assertThat(checked("GET", "", "/styles/dashboard.css")).isFalse();
        assertThat(checked("GET", "", "/bpmn-js/18.31.1/bpmn-navigated-viewer.production.min.js")).isFalse();
        assertThat(checked("GET", "/tracker", "/tracker/icons/icon.png")).isFalse();
    }

    @Test
    void pagesVaadinsRequestsExportsAndEveryChangeAreChecked() {
        assertThat(checked("GET", "", "/dashboard")).isTrue();
        assertThat(checked("POST", "", "/?v-r=uidl&v-uiId=0")).isTrue();
        assertThat(checked("GET", "", "/VAADIN/push")).isTrue();
        assertThat(checked("GET", "", "/export/plan-3.csv")).isTrue();
        assertThat(checked("GET", "", "/api/v1/recommendations")).isTrue();
        assertThat(checked("POST", "", "/styles/dashboard.css")).isTrue();
        assertThat(checked("GET", "", "/styles/../dashboard")).isTrue();
        assertThat(checked("GET", "/tracker", "/styles/dashboard.css")).as("outside the context path").isTrue();
    }
}
