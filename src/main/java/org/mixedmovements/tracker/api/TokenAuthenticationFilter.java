package org.mixedmovements.tracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a personal token: a bearer token on the API, the token in the path of a calendar feed. A presented token that
 * is not valid is refused with 401 there and then (no fall-back to a cookie session). The authentication lives for
 * this request only: nothing is stored in a session and nothing is cached, so a revoked token fails on its next use.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    static final Pattern FEED = Pattern.compile("/calendar/([^/]+)\\.ics");
    private static final String BEARER = "bearer ";

    private final ApiTokenService tokens;
    private final ProblemWriter problems;

    TokenAuthenticationFilter(ApiTokenService tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Whether the request carries a bearer token: such requests are stateless and need no CSRF token. */
    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher feed = FEED.matcher(path);
        Optional<TokenUser> user;
        if (feed.matches()) {
            user = tokens.authenticate(feed.group(1), Set.of(TokenKind.CALENDAR_USER, TokenKind.CALENDAR_ORGANISATION));
        } else if (hasBearerToken(request)) {
            user = tokens.authenticate(request.getHeader("Authorization").substring(BEARER.length()),
                    Set.of(TokenKind.API));
        } else {
            chain.doFilter(request, response);
            return;
        }
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.unauthorized(request, response, "api.error.bad-token");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
