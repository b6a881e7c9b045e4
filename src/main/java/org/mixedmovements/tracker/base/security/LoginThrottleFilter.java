package org.mixedmovements.tracker.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Before the sign-in form's POST reaches the password check: a locked username or address is sent back to the login
 * page with {@code ?locked}, and its password is not even compared (so a locked account cannot be guessed at).
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
        if (guard.lockedUntil(username == null ? "" : username, address).isPresent()) {
            guard.refusedWhileLocked(username == null ? "" : username, address);
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
