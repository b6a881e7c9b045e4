package org.mixedmovements.tracker.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security chain of the API, its documentation and the calendar feeds, before the UI's chain (which keeps
 * everything else). A request with a bearer token (or a feed's token in its path) is authenticated by that token
 * alone, stateless and without CSRF; a browser that signed in to the UI may use its cookie session here too, with
 * CSRF as in the UI. Without either: 401 as a problem detail on the API, the login page for the documentation.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems)
            throws Exception {
        RequestMatcher bearer = TokenAuthenticationFilter::hasBearerToken;
        RequestMatcher docs = request -> isDocs(request);
        // reads a browser's existing session, never creates one: the session management filter saves a token's
        // authentication into this repository, and with session creation allowed every feed and API request made a
        // session (and sent a cookie) that nothing ever used
        HttpSessionSecurityContextRepository browserSessions = new HttpSessionSecurityContextRepository();
        browserSessions.setAllowSessionCreation(false);
        http.securityMatcher(request -> isApi(request) || isDocs(request))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").denyAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new TokenAuthenticationFilter(tokens, problems), CsrfFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), browserSessions)))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), docs)
                        .defaultAuthenticationEntryPointFor((request, response, failure) ->
                                problems.unauthorized(request, response, "api.error.unauthenticated"), request -> true)
                        // the CSRF check runs before authentication: a change sent with neither a token nor a
                        // session is refused there, and is a 401 (who are you?), not a 403 (you may not)
                        .accessDeniedHandler((request, response, denied) -> {
                            if (isAuthenticated()) {
                                problems.forbidden(request, response, "api.error.forbidden");
                            } else {
                                problems.unauthorized(request, response, "api.error.unauthenticated");
                            }
                        }))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static boolean isAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.startsWith("/calendar/");
    }

    static boolean isDocs(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/") || path.equals("/swagger-ui.html")
                || path.startsWith("/swagger-ui/");
    }
}
