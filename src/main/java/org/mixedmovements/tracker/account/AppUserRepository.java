package org.mixedmovements.tracker.account;

import java.util.Optional;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByDemoTrue();

    boolean existsByUsernameIgnoreCase(String username);

    /** Users whose username or display name contains the text (any case), for the administrators' list. */
    @Query("select u from AppUser u where lower(u.username) like lower(concat('%', :text, '%')) "
            + "or lower(u.displayName) like lower(concat('%', :text, '%'))")
    Page<AppUser> search(@Param("text") String text, Pageable pageable);

    /** The enabled accounts with this e-mail address (any case): a provider's verified address finds its person. */
    @Query("select u from AppUser u where lower(u.email) = lower(:email) and u.enabled = true")
    java.util.List<AppUser> findEnabledByEmail(@Param("email") String email);

    @Query("select count(distinct u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);
}
