package org.mixedmovements.tracker.api;

import org.mixedmovements.tracker.base.InputPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens: a signed-in user creates one (the secret is shown once), lists and revokes their own; every
 * request that presents one is checked against the database, so a revoked token, a disabled user or a user moved to
 * another organisation is refused at once. A token is {@code rt_<prefix>_<secret>}: the prefix finds the row, the
 * secret (32 random bytes) is compared by its SHA-256 hash.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    public static final int MAX_NAME = 100;
    /** Active tokens one user may hold at once. */
    public static final int MAX_ACTIVE = 20;
    static final String AUDIT_SUBJECT = "api_token";
    private static final Pattern TOKEN = Pattern.compile("rt_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] PREFIX_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** A use is noted at most this often per token, so a busy client does not write on every request. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserDetailsService users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserDetailsService users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token of the signed-in user, acting for them with their organisation; the secret is returned once. */
    @Transactional
    public NewToken create(TokenKind kind, String name) {
        TrackerUser user = CurrentUser.require();
        String label = name == null ? "" : InputPolicy.normalise(name);
        if (kind == null) {
            throw InvalidInputException.of("kind", "validation.required");
        }
        if (label.isEmpty()) {
            throw InvalidInputException.of("name", "validation.required");
        }
        InputPolicy.optionalText("name", label, MAX_NAME);
        if (tokens.countByUserIdAndRevokedAtIsNull(user.id()) >= MAX_ACTIVE) {
            throw InvalidInputException.of("name", "tokens.error.too-many", MAX_ACTIVE);
        }
        String prefix = randomPrefix();
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiToken token = tokens.save(new ApiToken(kind, label, prefix, sha256(secret), user.id(), user.getUsername(),
                user.organisationId(), clock.instant()));
        audit.record("TOKEN_CREATED", AUDIT_SUBJECT, token.getId(),
                AuditDetails.of("audit.details.token-created", AuditDetails.word("tokens.kind.", kind), label, prefix,
                        user.getUsername()),
                "token " + prefix + " of " + user.getUsername() + "@" + user.organisationCode());
        return new NewToken(token.summary(), "rt_" + prefix + "_" + secret);
    }

    /** The signed-in user's active tokens, newest first. */
    public List<TokenSummary> mine() {
        TrackerUser user = CurrentUser.require();
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(user.id()).stream()
                .map(ApiToken::summary).toList();
    }

    /** The user revokes one of their own tokens; from the next request on it is refused. */
    @Transactional
    public void revoke(Long id) {
        TrackerUser user = CurrentUser.require();
        ApiToken token = tokens.findById(id)
                .filter(t -> t.getUserId().equals(user.id()) && !t.isRevoked())
                .orElseThrow(() -> new NotFoundException("token", id));
        token.revoke(clock.instant());
        tokens.save(token);
        audit.record("TOKEN_REVOKED", AUDIT_SUBJECT, token.getId(),
                AuditDetails.of("audit.details.token-revoked", AuditDetails.word("tokens.kind.", token.getKind()),
                        token.getName(), token.getPrefix(), user.getUsername()), "token " + token.getPrefix());
    }

    /**
     * Who the presented token acts for, if it is well formed, of one of the kinds, not revoked, and its user is
     * enabled and still in the token's organisation. Read from the database on every call: nothing is cached.
     */
    @Transactional
    public Optional<TokenUser> authenticate(String presented, Set<TokenKind> kinds) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher parts = TOKEN.matcher(presented.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByPrefix(parts.group(1));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        boolean secretMatches = MessageDigest.isEqual(
                sha256(parts.group(2)).getBytes(StandardCharsets.US_ASCII),
                token.getSecretHash().getBytes(StandardCharsets.US_ASCII));
        if (!secretMatches || token.isRevoked() || !kinds.contains(token.getKind())) {
            return Optional.empty();
        }
        TrackerUser user;
        try {
            UserDetails details = users.loadUserByUsername(token.getUsername());
            if (!(details instanceof TrackerUser tracker)) {
                return Optional.empty();
            }
            user = tracker;
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!user.isEnabled() || user.id() != token.getUserId() || user.organisationId() != token.getOrganisationId()) {
            return Optional.empty();
        }
        user.eraseCredentials();
        Instant now = clock.instant();
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
            tokens.markUsed(token.getId(), now);
        }
        return Optional.of(new TokenUser(user, token.getId(), token.getName(), token.getKind()));
    }

    /** Records a change made through the API against the token that made it (the change itself is audited too). */
    @Transactional
    public void recordApiChange(TokenUser by, String action, String detailsKey, Object... arguments) {
        Object[] withToken = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        withToken[arguments.length] = by.tokenName();
        audit.record(action, AUDIT_SUBJECT, by.tokenId(), AuditDetails.of(detailsKey, withToken),
                "token " + by.tokenId());
    }

    private String randomPrefix() {
        for (int attempt = 0; ; attempt++) {
            StringBuilder prefix = new StringBuilder(12);
            for (int i = 0; i < 12; i++) {
                prefix.append(PREFIX_CHARS[random.nextInt(PREFIX_CHARS.length)]);
            }
            if (tokens.findByPrefix(prefix.toString()).isEmpty() || attempt > 5) {
                return prefix.toString();
            }
        }
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
