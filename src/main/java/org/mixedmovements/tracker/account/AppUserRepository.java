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

    /** The session stamp of an enabled account; empty when it is disabled or gone. */
    @Query("select u.sessionStamp from AppUser u where u.id = :id and u.enabled = true")
    Optional<Long> activeSessionStamp(@Param("id") long id);

    /** The enabled accounts with this username or e-mail address (any case), for a sign-in link. */
    @Query("select u from AppUser u where u.enabled = true and (lower(u.username) = lower(:name)"
            + " or lower(u.email) = lower(:name))")
    java.util.List<AppUser> findEnabledByUsernameOrEmail(@Param("name") String name);

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
