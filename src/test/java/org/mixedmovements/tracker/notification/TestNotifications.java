package org.mixedmovements.tracker.notification;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inbox contents for view tests: a fresh focal point of a fresh organisation, and notifications told to them. */
@Component
public class TestNotifications {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final Outbox outbox;
    private final UserDirectory users;
    private final UserAdministration userAdministration;
    private final OrganisationAdministration organisations;

    TestNotifications(Outbox outbox, UserDirectory users, UserAdministration userAdministration,
                      OrganisationAdministration organisations) {
        this.outbox = outbox;
        this.users = users;
        this.userAdministration = userAdministration;
        this.organisations = organisations;
    }

    /** A new agency focal point (language en or es) of a new organisation; the caller is signed in as admin. */
    public String newFocalPoint(String language) {
        int n = PEOPLE.incrementAndGet() + (int) (System.nanoTime() % 100000);
        Long organisation = organisations.createOrganisation("INBOX" + n, "Inbox " + n, OrganisationKind.NGO_NETWORK);
        String username = "inbox" + n;
        userAdministration.create(new UserAdministration.NewUser(username, "Inbox " + n, null, organisation,
                Role.AGENCY, language, "Notify-test-password-1"));
        return username;
    }

    /** Tells the user that a milestone of the recommendation is their organisation's, as an approved plan would. */
    @Transactional
    public void milestoneGiven(String username, Long recommendationId, Long milestoneId) {
        outbox.tell(users.contact(username).orElseThrow(), NotificationKind.MILESTONE_GIVEN,
                "test-given:" + username + ":" + milestoneId, recommendationId, milestoneId,
                Target.milestone(recommendationId, milestoneId), List.of("R7", "Title", "Route map published", "INBOX",
                        InboxItem.date(java.time.LocalDate.of(2026, 12, 1))));
    }

    /** Tells the user that a milestone of the recommendation is overdue, as the deadline process would. */
    @Transactional
    public void overdue(String username, Long recommendationId, String code, String milestone, java.time.LocalDate due) {
        outbox.tell(users.contact(username).orElseThrow(), NotificationKind.OVERDUE,
                "test:" + username + ":" + milestone, recommendationId, null, Target.information(recommendationId),
                List.of(code, "Title", milestone, InboxItem.date(due)));
    }
}
