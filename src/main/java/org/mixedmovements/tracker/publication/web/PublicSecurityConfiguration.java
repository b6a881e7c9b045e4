package org.mixedmovements.tracker.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.http.HttpStatus;

/**
 * The only anonymous pages of the tracker: {@code /public} and below, read only (GET and HEAD; anything else is
 * refused with 405 before it reaches a controller), without a session, a cookie or a sign-in; the UI's chain keeps
 * everything else behind the login. The page has no script and loads only its own style sheet, so its content policy
 * is far stricter than the UI's; Spring's {@code no-store} is left off because the page sets its own caching
 * ({@link PublicPageController}).
 */
@Configuration
class PublicSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 30)
    SecurityFilterChain publicPageChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PublicSecurityConfiguration::isPublic)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(request -> isRead(request)).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable()) // nothing here changes anything: every write is refused above
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED))
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value())))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/public") || path.startsWith("/public/");
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }
}
