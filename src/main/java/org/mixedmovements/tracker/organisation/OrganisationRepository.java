package org.mixedmovements.tracker.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    /** Organisations with an active, voting working-group membership, by code: one query (votes ask it often). */
    @Query("select o from Organisation o where o.id in (select m.organisationId from Membership m"
            + " where m.voting = true and m.leftOn is null) order by o.code")
    List<Organisation> findVotingMembers();

    /** Organisations whose code or name contains the text (any case), for the administrators' list. */
    @Query("select o from Organisation o where lower(o.code) like lower(concat('%', :text, '%')) "
            + "or lower(o.name) like lower(concat('%', :text, '%'))")
    Page<Organisation> search(@Param("text") String text, Pageable pageable);
}
