package org.mixedmovements.tracker.workflow;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;

/**
 * The candidate groups of user tasks: an organisation's staff ({@code org:CODE}), its working-group representatives
 * ({@code wg:CODE}, who cast its one vote) and the secretariat.
 */
public final class WorkGroups {

    public static final String SECRETARIAT = "secretariat";
    private static final String ORGANISATION_PREFIX = "org:";
    private static final String MEMBER_PREFIX = "wg:";

    private WorkGroups() {
    }

    public static String organisation(String code) {
        return ORGANISATION_PREFIX + code;
    }

    public static String member(String code) {
        return MEMBER_PREFIX + code;
    }

    /** The organisation a staff group ({@code org:CODE}) or working-group seat ({@code wg:CODE}) is of, if any. */
    public static Optional<String> organisationCodeOf(String group) {
        for (String prefix : new String[] {ORGANISATION_PREFIX, MEMBER_PREFIX}) {
            if (group != null && group.startsWith(prefix)) {
                return Optional.of(group.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** The groups whose tasks the user sees. */
    public static Set<String> of(TrackerUser user) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(organisation(user.organisationCode()));
        if (user.has(Role.WG_MEMBER)) {
            groups.add(member(user.organisationCode()));
        }
        if (user.has(Role.SECRETARIAT)) {
            groups.add(SECRETARIAT);
        }
        return groups;
    }
}
