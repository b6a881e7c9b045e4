package org.mixedmovements.tracker.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Administrators need more than a password. After an administrator's password sign-in, until they have typed a
 * time-based code from their authenticator app in this session ({@link #passed}), each request of theirs runs as a
 * {@link Pending} sign-in: not a {@link TrackerUser} (so {@link CurrentUser} finds nobody and every service refuses),
 * with only the {@link #PENDING_ROLE}, which opens the second-factor page and nothing else; pages they ask for are
 * redirected there. A sign-in through an identity provider ({@link SingleSignOnAuthentication}) is strong already.
 */
public final class SecondFactorGate extends OncePerRequestFilter {

    /** The only role of an administrator between the password and the code. */
    public static final String PENDING_ROLE = "SECOND_FACTOR_PENDING";
    /** The second-factor page's route. */
    public static final String ROUTE = "second-factor";
    private static final String PASSED = SecondFactorGate.class.getName() + ".passed";

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = holder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof TrackerUser user && needsSecondFactor(signedIn, user)
                && !passed(request.getSession(false), user)) {
            if (isPageLoad(request)) {
                response.sendRedirect(request.getContextPath() + "/" + ROUTE);
                return;
            }
            // for this request only: the session keeps the password sign-in until the code is typed
            SecurityContext pending = holder.createEmptyContext();
            pending.setAuthentication(new Pending(user));
            holder.setContext(pending);
        }
        chain.doFilter(request, response);
    }

    private static boolean needsSecondFactor(Authentication signedIn, TrackerUser user) {
        return user.has(Role.ADMIN) && !(signedIn instanceof SingleSignOnAuthentication);
    }

    private static boolean passed(HttpSession session, TrackerUser user) {
        return session != null && Long.valueOf(user.id()).equals(session.getAttribute(PASSED));
    }

    /**
     * A page the browser loads (not one of Vaadin's own requests, its static files or the second-factor page):
     * sent to the second-factor page instead.
     */
    private static boolean isPageLoad(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html")
                && !path.equals("/" + ROUTE) && !path.startsWith("/VAADIN/") && !path.startsWith("/login")
                && !path.startsWith("/logout") && !path.startsWith("/oauth2/");
    }

    /** The administrator waiting for their second factor in this request, if it is one. */
    public static Optional<TrackerUser> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Pending pending
                ? Optional.of(pending.user) : Optional.empty();
    }

    /** The code was right: this session's administrator is signed in for good (until the session ends). */
    public static void passed(TrackerUser user) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        request.getRequest().getSession().setAttribute(PASSED, user.id());
    }

    /** An administrator between password and code: only the second-factor page opens. */
    private static final class Pending extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        private final TrackerUser user;

        Pending(TrackerUser user) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + PENDING_ROLE)));
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user.getUsername();
        }
    }
}
