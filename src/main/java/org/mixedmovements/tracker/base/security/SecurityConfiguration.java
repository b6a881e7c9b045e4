package org.mixedmovements.tracker.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.mixedmovements.tracker.base.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Every page needs a login but the login view itself. Views declare who may open them ({@code @RolesAllowed});
 * services check roles and organisations again, so a crafted request gets no further than a click.
 *
 * <p>This is the catch-all chain (the browser's cookie session: Vaadin and the login form). Other chains, such as the
 * REST API's for {@code /api/**}, come before it with their own {@code securityMatcher}. What it sets
 * (docs/operations.md, "Security"):
 * <ul>
 *   <li>CSRF: Spring Security's token for every non-Vaadin request (the login form carries it); Vaadin's own requests
 *       carry Vaadin's CSRF token, so the Vaadin configurer exempts them from Spring's. It exempts the login form's POST
 *       too; {@link LoginCsrfFilter} checks that one again (Vaadin's login form sends the token).</li>
 *   <li>Headers: {@link #CONTENT_SECURITY_POLICY}, {@code X-Content-Type-Options: nosniff},
 *       {@code X-Frame-Options: SAMEORIGIN}, {@code Referrer-Policy: same-origin}, a {@code Permissions-Policy}
 *       without camera, microphone or location, and HSTS (one year, sub-domains), which Spring writes only on a
 *       secure request: behind a TLS proxy set {@code server.forward-headers-strategy=native} so the request counts
 *       as secure.</li>
 *   <li>Single sign-on through the identity providers configured ({@link SingleSignOnLogin}), and administrators'
 *       second factor after a password ({@link SecondFactorGate}).</li>
 *   <li>Sign-in throttling: a {@link LoginGuard} (the account module's) refuses attempts for a locked account and
 *       client address, or a locked address, before the password is compared.</li>
 *   <li>Sessions follow the account: {@link SessionStampFilter} ends a session whose account was deactivated or
 *       changed since it signed in ({@link SessionStamps}).</li>
 *   <li>Forgot password: a one-time sign-in link ({@link OneTimeLinkLogin}).</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What the browser may load: only the tracker's own scripts, styles, images, fonts and connections. Vaadin 24's
     * client engine needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts (its bootstrap and
     * {@code executeJs}) and inline styles (Lumo and components set style attributes); bpmn-js (served from
     * {@code /bpmn-js}) draws inline SVG and uses data: URLs for its font and markers.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * {@code /actuator/health} for monitoring: anyone may ask whether the tracker is up (the status only); an
     * administrator signed in to the tracker (with the second factor) also gets the details of each part (the database, the engine, its job
     * executor; {@code management.endpoint.health.show-details=when-authorized} with the ADMIN role). Every other
     * actuator endpoint is off, or behind the sign-in of the chain below.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        // an administrator who has typed only the password is not one yet here either: no details
        http.securityMatcher(EndpointRequest.to(HealthEndpoint.class))
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentTypeOptions(options -> { }));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<LoginGuard> loginGuard,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders,
                                            ObjectProvider<SingleSignOnAccounts> singleSignOn,
                                            ObjectProvider<SessionStamps> sessionStamps,
                                            ObjectProvider<OneTimeTokenService> oneTimeTokens,
                                            ObjectProvider<OneTimeTokenGenerationSuccessHandler> linkMailer)
            throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        http.addFilterBefore(new LoginCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
        loginGuard.ifAvailable(guard ->
                http.addFilterBefore(new LoginThrottleFilter(guard), UsernamePasswordAuthenticationFilter.class));
        // issue 17: single sign-on only when providers are configured; administrators' second factor
        if (identityProviders.getIfAvailable() != null) {
            SingleSignOnLogin.configure(http, singleSignOn.getObject());
        }
        http.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class);
        // issue 17: sessions follow the account; forgot password signs in once by a mailed link
        sessionStamps.ifAvailable(stamps ->
                http.addFilterAfter(new SessionStampFilter(stamps), SecurityContextHolderFilter.class));
        if (oneTimeTokens.getIfAvailable() != null && linkMailer.getIfAvailable() != null) {
            http.oneTimeTokenLogin(OneTimeLinkLogin.with(oneTimeTokens.getObject(), linkMailer.getObject()));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the hash algorithm can change without a migration
        return new PasswordlessAwareEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
