package org.mixedmovements.tracker.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.base.NotFoundException;
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

    OrganisationService(OrganisationRepository organisations, CountryRepository countries,
                        MembershipRepository memberships) {
        this.organisations = organisations;
        this.countries = countries;
        this.memberships = memberships;
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

    public boolean isVotingMember(Long organisationId) {
        return membershipOf(organisationId).map(Membership::isVoting).orElse(false);
    }
}
