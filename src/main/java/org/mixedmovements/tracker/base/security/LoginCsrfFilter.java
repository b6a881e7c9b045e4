package org.mixedmovements.tracker.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Vaadin's security configurer exempts the login form's POST from Spring's CSRF check, yet Vaadin's login form sends
 * the token (from the page's {@code _csrf} meta tags). This puts the check back, so another site cannot sign a
 * victim's browser in to an account of its choosing ("login CSRF"). A missing or wrong token is sent back to the login
 * page (a fresh one, with a fresh token), as a wrong password would be.
 */
class LoginCsrfFilter extends LoginFormFilter {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred
                && !valid(request, deferred.get())) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The form's token as sent plain, or masked the way Spring Security 6 hands it to pages. */
    private boolean valid(HttpServletRequest request, CsrfToken expected) {
        String sent = request.getParameter(expected.getParameterName());
        if (sent == null || sent.isEmpty()) {
            return false;
        }
        return same(sent, expected.getToken()) || same(masked.resolveCsrfTokenValue(request, expected), expected.getToken());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
