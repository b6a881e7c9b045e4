package org.mixedmovements.tracker.base.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: who, for which organisation, with which roles. */
public final class TrackerUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final long organisationId;
    private final String organisationCode;
    private final Set<Role> roles;
    private final boolean enabled;
    private final long sessionStamp;
    private String passwordHash;

    public TrackerUser(long id, String username, String displayName, long organisationId, String organisationCode,
                       Set<Role> roles, String passwordHash, boolean enabled) {
        this(id, username, displayName, organisationId, organisationCode, roles, passwordHash, enabled, 0);
    }

    /**
     * @param sessionStamp the account's session stamp when the person signed in: a session whose stamp is no longer
     *                     the account's ends at its next request ({@link SessionStampFilter})
     */
    public TrackerUser(long id, String username, String displayName, long organisationId, String organisationCode,
                       Set<Role> roles, String passwordHash, boolean enabled, long sessionStamp) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionStamp = sessionStamp;
    }

    public long sessionStamp() {
        return sessionStamp;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(Long organisation) {
        return organisation != null && organisation == organisationId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + "@" + organisationCode + roles;
    }
}
