package org.mixedmovements.tracker.api;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal token: its public prefix, the SHA-256 hash of its secret, whose it is, and whether it was revoked. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TokenKind kind;
    private String name;
    private String prefix;
    private String secretHash;
    private Long userId;
    private String username;
    private Long organisationId;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(TokenKind kind, String name, String prefix, String secretHash, Long userId, String username,
             Long organisationId, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.userId = userId;
        this.username = username;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    TokenSummary summary() {
        return new TokenSummary(id, kind, name, prefix, createdAt, lastUsedAt);
    }

    Long getId() {
        return id;
    }

    TokenKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    String getSecretHash() {
        return secretHash;
    }

    Long getUserId() {
        return userId;
    }

    String getUsername() {
        return username;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
