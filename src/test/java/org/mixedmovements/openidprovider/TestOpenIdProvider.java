package org.mixedmovements.openidprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server on a loopback port, with a login
 * form of its own and a few people, as an organisation's Entra ID, Google or Keycloak would be. The tests' tracker
 * lists it as the provider {@code test-idp} ("Test ID", application-test.properties, with its endpoints given
 * explicitly so the tracker starts without it). It runs in the test JVM as a small application of its own (a web
 * server and Spring Security, nothing of the tracker), started once by the first test that needs it. It lives outside
 * the tracker's packages so that the tracker's component scan never picks it up.
 *
 * <p>The browser reaches it at 127.0.0.1 and the tracker at localhost, so each keeps its own cookies. The tracker's
 * redirect address is at localhost, which Spring Authorization Server refuses by default (RFC 8252 prefers the
 * loopback address): this provider accepts exactly the tracker's callback at localhost on any port.
 */
public final class TestOpenIdProvider {

    public static final int PORT = 39726;
    public static final String ISSUER = "http://127.0.0.1:" + PORT;
    public static final String REGISTRATION_ID = "test-idp";
    public static final String PASSWORD = "Provider-pass-1";

    /** A person at the provider: their login there, their address, and whether the provider verified it. */
    public record Person(String username, String email, boolean emailVerified) {
    }

    /** A member of an organisation whose address the tracker knows (the journey gives an account this address). */
    public static final Person MEMBER = new Person("maria", "maria.sso@member.example", true);
    /** Someone the tracker has no account for. */
    public static final Person STRANGER = new Person("stranger", "stranger@elsewhere.example", true);
    /** An address the provider did not verify (the tracker's account has it, yet the tracker must refuse). */
    public static final Person UNVERIFIED = new Person("unverified", "maria.sso@member.example", false);

    static final List<Person> PEOPLE = List.of(MEMBER, STRANGER, UNVERIFIED);
    private static final Pattern TRACKER_CALLBACK =
            Pattern.compile("http://localhost:\\d+/login/oauth2/code/" + REGISTRATION_ID);

    private static ConfigurableApplicationContext running;

    private TestOpenIdProvider() {
    }

    /** Starts the provider once for the test JVM (later calls find it running). */
    public static synchronized void start() {
        if (running == null || !running.isActive()) {
            running = new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=test-openid-provider", "server.port=" + PORT,
                            "server.address=127.0.0.1", "server.servlet.session.cookie.name=PROVIDER_SESSION",
                            "spring.main.banner-mode=off", "spring.jmx.enabled=false")
                    .run();
        }
    }

    /** The provider's beans: Spring Authorization Server with OpenID Connect, a login form and its people. */
    @EnableWebSecurity
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s
                            .oidc(Customizer.withDefaults())
                            .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers ->
                                    providers.forEach(provider -> {
                                        if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider code) {
                                            code.setAuthenticationValidator(OAuth2AuthorizationCodeRequestAuthenticationValidator
                                                    .DEFAULT_SCOPE_VALIDATOR.andThen(TestOpenIdProvider::trackerCallback));
                                        }
                                    }))))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.stream()
                    .map(p -> User.withUsername(p.username()).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId("tracker")
                    .clientSecret("{noop}tracker-test-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost/login/oauth2/code/" + REGISTRATION_ID)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The claims the tracker reads, in the ID token as Entra ID, Google and Keycloak give them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    PEOPLE.stream().filter(p -> p.username().equals(context.getPrincipal().getName())).findFirst()
                            .ifPresent(p -> context.getClaims().claims(claims -> claims.putAll(Map.of(
                                    "email", p.email(), "email_verified", p.emailVerified(), "name", p.username()))));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's own user-info endpoint (OpenID Connect), which reads the access tokens it issued. */
        @Bean
        JwtDecoder tokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer(ISSUER).build();
        }
    }

    /** The tracker's callback at localhost on the test's port, and nothing else. */
    private static void trackerCallback(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String redirect = request.getRedirectUri();
        if (redirect == null || !TRACKER_CALLBACK.matcher(redirect).matches()) {
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "redirect_uri", null), request);
        }
    }
}
