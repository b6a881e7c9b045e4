package org.mixedmovements.tracker.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Before the sign-in form's POST reaches the password check: a locked account (from this address) or address is sent
 * back to the login page with {@code ?locked=<the lock's end, epoch seconds>}, and its password is not even compared
 * (so a locked account cannot be guessed at).
 */
class LoginThrottleFilter extends LoginFormFilter {

    private final LoginGuard guard;

    LoginThrottleFilter(LoginGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        var lockedUntil = guard.lockedUntil(username == null ? "" : username, address);
        if (lockedUntil.isPresent()) {
            guard.refusedWhileLocked(username == null ? "" : username, address);
            // the lock's end, so the login page can tell the person when to try again (in their language and zone)
            response.sendRedirect(request.getContextPath() + "/login?locked=" + lockedUntil.get().getEpochSecond());
            return;
        }
        chain.doFilter(request, response);
    }
}
