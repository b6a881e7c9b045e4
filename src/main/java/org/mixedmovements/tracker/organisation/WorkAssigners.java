package org.mixedmovements.tracker.organisation;

import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.stereotype.Component;

/**
 * Who assigns work (milestone owners, task assignees): the secretariat, and the chair, that is a working-group
 * representative of the member organisation that holds the chair flag today.
 */
@Component
public class WorkAssigners {

    private final OrganisationService organisations;

    WorkAssigners(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public boolean mayAssign(TrackerUser user) {
        if (user.has(Role.SECRETARIAT)) {
            return true;
        }
        return user.has(Role.WG_MEMBER)
                && organisations.chair().map(chair -> user.belongsTo(chair.getId())).orElse(false);
    }

    /** Whether the signed-in user assigns work; false when nobody is signed in. */
    public boolean currentUserMayAssign() {
        return CurrentUser.find().map(this::mayAssign).orElse(false);
    }

    /** The signed-in user, who must be the secretariat or the chair. */
    public TrackerUser requireAssigner() {
        TrackerUser user = CurrentUser.require();
        if (!mayAssign(user)) {
            throw new NotPermittedException("assign.error.not-permitted");
        }
        return user;
    }
}
