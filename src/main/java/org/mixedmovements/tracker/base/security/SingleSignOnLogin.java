package org.mixedmovements.tracker.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Single sign-on through OpenID Connect (Spring Security's {@code oauth2Login}), switched on only when providers are
 * configured. After the provider's sign-in the person is matched to an account by the provider's verified e-mail
 * address ({@link SingleSignOnAccounts}); the session then holds that account's {@link TrackerUser} (as a
 * {@link SingleSignOnAuthentication}), so the rest of the tracker sees the same signed-in person as after a password.
 * Someone without such an account goes back to the login page with {@code ?refused}, which says why in their
 * language; any other failure (the provider refused, the person cancelled) with {@code ?sso-failed}.
 */
final class SingleSignOnLogin {

    /** The error code of a person the tracker has no account for. */
    static final String NO_ACCOUNT = "tracker_no_account";

    private SingleSignOnLogin() {
    }

    static void configure(HttpSecurity http, SingleSignOnAccounts accounts) throws Exception {
        http.oauth2Login(login -> login
                // the tracker's own login page lists the providers; without it Spring would send everyone straight
                // to the provider when only one is configured
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(matching(accounts)))
                .successHandler(new SignedIn())
                .failureHandler(refused()));
    }

    /** Spring's OpenID user, then the tracker's account for its verified address, or a refusal. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> matching(SingleSignOnAccounts accounts) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            String name = request.getClientRegistration().getClientName();
            Optional<TrackerUser> account = accounts.signIn(name, person.getEmail(),
                    Boolean.TRUE.equals(person.getEmailVerified()));
            return account.map(user -> (OidcUser) new AccountAtProvider(person, user))
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT)));
        };
    }

    private static AuthenticationFailureHandler refused() {
        return (request, response, exception) -> {
            boolean noAccount = exception instanceof OAuth2AuthenticationException oauth
                    && NO_ACCOUNT.equals(oauth.getError().getErrorCode());
            response.sendRedirect(request.getContextPath() + (noAccount ? "/login?refused" : "/login?sso-failed"));
        };
    }

    /** The provider's person with the tracker's account found for them, between the user service and the handler. */
    private static final class AccountAtProvider extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final TrackerUser user;

        AccountAtProvider(OidcUser person, TrackerUser user) {
            super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.user = user;
        }
    }

    /**
     * Keeps the tracker's account as the signed-in principal (in place of the provider's token, which the tracker does
     * not need after this), then continues to the page asked for, or the home page, which sends each role to its view.
     */
    private static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            if (authentication.getPrincipal() instanceof AccountAtProvider person
                    && authentication instanceof org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken token) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(new SingleSignOnAuthentication(person.user,
                        token.getAuthorizedClientRegistrationId()));
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
