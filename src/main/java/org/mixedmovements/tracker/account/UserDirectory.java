package org.mixedmovements.tracker.account;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people work can be given to: enabled users of given organisations, or holding a role. They come back as
 * {@link TrackerUser}s without a password, so callers can ask which task groups each one is in.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final EntityManager entities;
    private final OrganisationService organisations;

    UserDirectory(EntityManager entities, OrganisationService organisations) {
        this.entities = entities;
        this.organisations = organisations;
    }

    /** The enabled users of these organisations and the enabled users holding the role (if one is given). */
    public List<TrackerUser> enabledUsers(Collection<Long> organisationIds, Role role) {
        Map<Long, AppUser> found = new LinkedHashMap<>();
        if (!organisationIds.isEmpty()) {
            entities.createQuery("select u from AppUser u where u.enabled = true and u.organisationId in :organisations",
                            AppUser.class)
                    .setParameter("organisations", organisationIds)
                    .getResultList().forEach(u -> found.put(u.getId(), u));
        }
        if (role != null) {
            entities.createQuery("select distinct u from AppUser u join u.roles r where u.enabled = true and r = :role",
                            AppUser.class)
                    .setParameter("role", role)
                    .getResultList().forEach(u -> found.put(u.getId(), u));
        }
        return found.values().stream().map(this::toUser)
                .sorted(Comparator.comparing(TrackerUser::displayName).thenComparing(TrackerUser::getUsername))
                .toList();
    }

    /** The enabled user with that username. */
    public Optional<TrackerUser> enabledUser(String username) {
        return entities.createQuery("select u from AppUser u where u.enabled = true and u.username = :username",
                        AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(this::toUser);
    }

    /** The enabled users of these organisations who hold one of the roles, with their address and language. */
    public List<Contact> contactsOf(Collection<Long> organisationIds, Collection<Role> roles) {
        if (organisationIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        if (organisationIds.size() == 1 && roles.size() == 1) {
            // the common case (an organisation's agency focal points, told of each deadline): a query without "in"
            // lists, which Hibernate translates once and not on every call
            return entities.createQuery("select distinct u from AppUser u join u.roles r where u.enabled = true"
                            + " and u.organisationId = :organisation and r = :role order by u.id", AppUser.class)
                    .setParameter("organisation", organisationIds.iterator().next())
                    .setParameter("role", roles.iterator().next())
                    .getResultList().stream().map(UserDirectory::toContact).toList();
        }
        return entities.createQuery("select distinct u from AppUser u join u.roles r where u.enabled = true"
                        + " and u.organisationId in :organisations and r in :roles order by u.id", AppUser.class)
                .setParameter("organisations", organisationIds)
                .setParameter("roles", roles)
                .getResultList().stream().map(UserDirectory::toContact).toList();
    }

    /** The enabled users holding the role, in any organisation. */
    public List<Contact> contactsWith(Role role) {
        return entities.createQuery("select distinct u from AppUser u join u.roles r where u.enabled = true"
                        + " and r = :role order by u.id", AppUser.class)
                .setParameter("role", role)
                .getResultList().stream().map(UserDirectory::toContact).toList();
    }

    /** The enabled user with that username, with their address and language. */
    public Optional<Contact> contact(String username) {
        return entities.createQuery("select u from AppUser u where u.enabled = true and u.username = :username",
                        AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(UserDirectory::toContact);
    }

    /** The user with that id if still enabled. */
    public Optional<Contact> contact(Long id) {
        return Optional.ofNullable(entities.find(AppUser.class, id)).filter(AppUser::isEnabled)
                .map(UserDirectory::toContact);
    }

    private static Contact toContact(AppUser u) {
        return new Contact(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                Locale.forLanguageTag(u.getLocale() == null ? "en" : u.getLocale()), u.getOrganisationId(),
                Set.copyOf(u.getRoles()));
    }

    private TrackerUser toUser(AppUser u) {
        return new TrackerUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganisationId(),
                organisations.get(u.getOrganisationId()).getCode(), u.getRoles(), null, true);
    }
}
