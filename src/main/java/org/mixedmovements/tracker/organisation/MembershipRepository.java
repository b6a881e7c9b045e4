package org.mixedmovements.tracker.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByOrganisationId(Long organisationId);
}
