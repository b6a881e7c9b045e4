package org.mixedmovements.tracker.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findById(Long id);

    Optional<ApiToken> findByPrefix(String prefix);

    List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(Long userId);

    long countByUserIdAndRevokedAtIsNull(Long userId);

    /** Notes a use without loading the row for writing; at most once a minute per token (see the service). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    int markUsed(Long id, Instant at);
}
