package org.mixedmovements.tracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.PublicAddress;
import org.mixedmovements.tracker.base.security.SignInLinkRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgot password: a one-time sign-in link ({@link SignInTokens}) mailed through the outbox to the account's e-mail
 * address ({@link SignInLinkRequested}). Asked from the login page's "Forgot password?" dialog, or posted to Spring
 * Security's token endpoint; either way the person is told the same, whether or not the account exists. The link
 * opens {@code /login/ott?token=...}, whose button signs in once within 15 minutes; then the person sets a new password.
 */
@Service
class SignInLinks implements SignInLinkRequests, OneTimeTokenGenerationSuccessHandler {

    static final String AUDIT_SUBJECT = "user";

    private final SignInTokens tokens;
    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final PublicAddress address;

    SignInLinks(SignInTokens tokens, AppUserRepository users, ApplicationEventPublisher events, AuditLog audit,
                PublicAddress address) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.address = address;
    }

    @Override
    @Transactional
    public void send(String usernameOrEmail) {
        mail(tokens.generate(new GenerateOneTimeTokenRequest(usernameOrEmail == null ? "" : usernameOrEmail)));
    }

    /** Spring Security's token endpoint made the token: mail it, and answer as the dialog does. */
    @Override
    @Transactional
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        mail(token);
        response.sendRedirect(request.getContextPath() + "/login?link-sent");
    }

    private void mail(OneTimeToken token) {
        if (SignInTokens.NOBODY.equals(token.getUsername())) {
            return; // nobody, or a link sent less than a minute ago: nothing is mailed, the answer is the same
        }
        users.findByUsername(token.getUsername()).filter(AppUser::isEnabled).ifPresent(user -> {
            if (user.getEmail() != null) {
                events.publishEvent(new SignInLinkRequested(user.getId(), address.of("login/ott?token="
                        + URLEncoder.encode(token.getTokenValue(), StandardCharsets.UTF_8)), token.getExpiresAt()));
            }
            audit.recordAs(user.getUsername(), user.getOrganisationId(), "SIGN_IN_LINK_SENT", AUDIT_SUBJECT,
                    user.getId(), user.getEmail() == null ? AuditDetails.of("audit.details.sign-in-link-no-address")
                            : AuditDetails.of("audit.details.sign-in-link-sent", VALID_FOR.toMinutes()));
        });
    }
}
