package org.mixedmovements.tracker.workflow;

import java.util.LinkedHashSet;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;

/** The candidate groups of user tasks: one per organisation, and the working group. */
public final class WorkGroups {

    public static final String WORKING_GROUP = "working-group";
    private static final String ORGANISATION_PREFIX = "org:";

    private WorkGroups() {
    }

    public static String organisation(String code) {
        return ORGANISATION_PREFIX + code;
    }

    /** The groups whose tasks the user sees: their organisation's, and the working group's for members. */
    public static Set<String> of(TrackerUser user) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(organisation(user.organisationCode()));
        if (user.has(Role.WG_MEMBER)) {
            groups.add(WORKING_GROUP);
        }
        return groups;
    }
}
