package org.mixedmovements.tracker.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads organisations, countries and working-group membership for the other features. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CountryRepository countries;
    private final MembershipRepository memberships;

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    OrganisationService(OrganisationRepository organisations, CountryRepository countries,
                        MembershipRepository memberships, ApplicationEventPublisher events, Clock clock,
                        AuditLog audit) {
        this.organisations = organisations;
        this.countries = countries;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    public List<Organisation> all() {
        return organisations.findAll(Sort.by("code"));
    }

    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public boolean exists(Long id) {
        return id != null && organisations.existsById(id);
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    public List<Country> countries() {
        return countries.findAll().stream().sorted(Comparator.comparing(Country::getIso2)).toList();
    }

    public boolean countryExists(String iso2) {
        return iso2 != null && countries.existsById(iso2);
    }

    /** The organisation's active working-group membership, if it has one. */
    public Optional<Membership> membershipOf(Long organisationId) {
        return memberships.findByOrganisationId(organisationId).filter(Membership::isActive);
    }

    /** The organisations that vote in the working group today. */
    public List<Organisation> votingMembers() {
        return organisations.findVotingMembers();
    }

    /** The member organisation holding the chair flag, if any. */
    public Optional<Organisation> chair() {
        return memberships.findAll().stream().filter(m -> m.isActive() && m.isChair()).findFirst()
                .map(m -> get(m.getOrganisationId()));
    }

    /**
     * An administrator records that an organisation leaves the working group; open votes stop counting it. The chair
     * cannot leave before the chair moves to another member, so the group always has one.
     */
    @Transactional
    public void leaveWorkingGroup(Long organisationId) {
        CurrentUser.requireAny(Role.ADMIN);
        Membership membership = membershipOf(organisationId)
                .orElseThrow(() -> new NotFoundException("membership", organisationId));
        String code = get(organisationId).getCode();
        if (membership.isChair()) {
            throw new StateConflictException("admin.wg.error.chair-leaves", code);
        }
        membership.leave(LocalDate.now(clock));
        audit.record("MEMBER_LEFT", OrganisationAdministration.AUDIT_SUBJECT, organisationId,
                AuditDetails.of("audit.details.member-left", AuditDetails.organisation(code)), "member=false");
        events.publishEvent(new MemberLeftWorkingGroup(organisationId, code));
    }

    public boolean isVotingMember(Long organisationId) {
        return membershipOf(organisationId).map(Membership::isVoting).orElse(false);
    }
}
