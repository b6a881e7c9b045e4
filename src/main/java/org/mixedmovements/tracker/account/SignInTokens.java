package org.mixedmovements.tracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.mixedmovements.tracker.base.security.SignInLinkRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time sign-in tokens of "Forgot password?", in the database ({@code sign_in_token}) so a link mailed by one
 * node works on any other: 256 random bits, of which only a SHA-256 hash is stored; valid for
 * {@link SignInLinkRequests#VALID_FOR}; consumed by one {@code DELETE} (of two nodes that receive the same link at
 * once, one deletes the row and signs in, the other finds none), and only for an account that is still enabled.
 * Expired tokens are removed whenever a new one is made. At most one link per account and minute is made: a request
 * sooner gets a token that is not stored (and no mail).
 */
@Component
class SignInTokens implements OneTimeTokenService {

    /** At most one link per account in this time, so nobody can flood a person's mailbox. */
    static final java.time.Duration ONE_LINK_PER = java.time.Duration.ofMinutes(1);

    /** The username of a token that was not stored (no such account, or a link sent a moment ago): no real username has brackets. */
    static final String NOBODY = "(nobody)";

    private final JdbcClient jdbc;
    private final AppUserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInTokens(JdbcClient jdbc, AppUserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A token for the account with this username or e-mail address. For nobody (no such enabled account) the token is
     * made all the same but not stored, so the answer and its time do not tell whether the account exists.
     */
    @Override
    @Transactional
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        Instant now = clock.instant();
        Instant expires = now.plus(SignInLinkRequests.VALID_FOR);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from sign_in_token where expires_at < :now").param("now", Timestamp.from(now)).update();
        Optional<AppUser> account = account(request.getUsername());
        if (account.isEmpty() || madeSince(account.get().getUsername(), now.minus(ONE_LINK_PER))) {
            return new DefaultOneTimeToken(token, NOBODY, expires);
        }
        jdbc.sql("insert into sign_in_token (token_hash, username, created_at, expires_at)"
                        + " values (:hash, :username, :now, :expires)")
                .param("hash", hash(token)).param("username", account.get().getUsername())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        return new DefaultOneTimeToken(token, account.get().getUsername(), expires);
    }

    /** The token's account, once: null for an unknown, used or expired token, or a disabled account. */
    @Override
    @Transactional
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String token = authenticationToken.getTokenValue();
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        String hash = hash(token);
        Optional<StoredToken> stored = jdbc.sql("select username, expires_at from sign_in_token where token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new StoredToken(rs.getString("username"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
        if (stored.isEmpty()
                || jdbc.sql("delete from sign_in_token where token_hash = :hash").param("hash", hash).update() != 1
                || !stored.get().expiresAt().isAfter(clock.instant())
                || users.findByUsername(stored.get().username()).filter(AppUser::isEnabled).isEmpty()) {
            return null;
        }
        return new DefaultOneTimeToken(token, stored.get().username(), stored.get().expiresAt());
    }

    /** Whether a link was made for this account since the moment (a second request soon after sends no new mail). */
    boolean madeSince(String username, Instant since) {
        return jdbc.sql("select count(*) from sign_in_token where username = :username and created_at > :since")
                .param("username", username).param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** The enabled account with this username or e-mail address, if exactly one has it. */
    Optional<AppUser> account(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > UserAdministration.MAX_EMAIL) {
            return Optional.empty();
        }
        var found = users.findEnabledByUsernameOrEmail(usernameOrEmail.strip());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record StoredToken(String username, Instant expiresAt) {
    }
}
