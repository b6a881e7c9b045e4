package org.mixedmovements.tracker.account;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private TrackerUser toUser(AppUser u) {
        return new TrackerUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganisationId(),
                organisations.get(u.getOrganisationId()).getCode(), u.getRoles(), null, true);
    }
}
