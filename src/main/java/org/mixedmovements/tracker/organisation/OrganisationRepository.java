package org.mixedmovements.tracker.organisation;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    /** Organisations whose code or name contains the text (any case), for the administrators' list. */
    @Query("select o from Organisation o where lower(o.code) like lower(concat('%', :text, '%')) "
            + "or lower(o.name) like lower(concat('%', :text, '%'))")
    Page<Organisation> search(@Param("text") String text, Pageable pageable);
}
