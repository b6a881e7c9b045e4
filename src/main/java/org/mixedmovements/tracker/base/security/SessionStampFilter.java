package org.mixedmovements.tracker.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions follow the account: on each request of a signed-in session, the stamp the session signed in with is
 * compared with the account's stamp in the database ({@link SessionStamps}, shared by every node). When the account
 * was deactivated, or its role, organisation or password changed, or its owner signed out everywhere, the session is
 * ended there and then: the request goes on as anonymous, so a page is sent to the login view and a Vaadin request
 * gets Vaadin's "session expired" answer (its client then reloads into the login view). No click of the old session
 * reaches a service.
 */
class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final SessionStamps stamps;

    SessionStampFilter(SessionStamps stamps) {
        this.stamps = stamps;
    }

    /**
     * The application's own static files (scripts, styles, icons and Vaadin's built front end) carry nothing of an
     * account: a page load fetches dozens of them, and none needs the database read the check costs. Everything else
     * is checked, exports and downloads included.
     */
    static final List<String> STATIC_PREFIXES = List.of("/VAADIN/build/", "/VAADIN/static/", "/bpmn-js/",
            "/bpmn-viewer/", "/styles/", "/icons/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String uri = request.getRequestURI();
        if (!uri.startsWith(request.getContextPath())) {
            return false;
        }
        String path = uri.substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith) && !path.contains("..");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TrackerUser user
                && !stillValid(user)) {
            log.info("Session of {} ended: the account was changed, deactivated or signed out everywhere",
                    user.getUsername());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(TrackerUser user) {
        var current = stamps.current(user.id());
        return current.isPresent() && current.getAsLong() == user.sessionStamp();
    }
}
