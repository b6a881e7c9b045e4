package org.mixedmovements.tracker.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;

@Entity
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private Long organisationId;
    private String locale;
    private boolean enabled;
    private boolean demo;
    private Instant createdAt;
    /** The shared secret of the administrator's authenticator app (base32), or null. */
    private String secondFactorSecret;
    /** When the secret was confirmed with a first code; until then it does not count. */
    private Instant secondFactorConfirmedAt;
    private long sessionStamp;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();
    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String email, String passwordHash, Long organisationId,
            Set<Role> roles, boolean demo, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.organisationId = organisationId;
        this.roles = new HashSet<>(roles);
        this.demo = demo;
        this.enabled = true;
        this.locale = "en";
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    String getEmail() {
        return email;
    }

    boolean isDemo() {
        return demo;
    }

    /** An administrator's change of who the user is, for which organisation, with which role and language. */
    void change(String displayName, String email, Long organisationId, Set<Role> roles, String locale) {
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles.clear();
        this.roles.addAll(roles);
        this.locale = locale;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String getSecondFactorSecret() {
        return secondFactorSecret;
    }

    boolean hasSecondFactor() {
        return secondFactorSecret != null && secondFactorConfirmedAt != null;
    }

    /** A new secret to confirm (replaces an unconfirmed one); null forgets the second factor. */
    void proposeSecondFactor(String secret) {
        this.secondFactorSecret = secret;
        this.secondFactorConfirmedAt = null;
    }

    void confirmSecondFactor(Instant at) {
        this.secondFactorConfirmedAt = at;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    /** Every open session of the account ends at its next request, on every node (see SessionStamps). */
    void endSessions() {
        sessionStamp++;
    }
}
