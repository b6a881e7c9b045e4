package org.mixedmovements.tracker.milestone;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    String ITEM = "select new org.mixedmovements.tracker.milestone.EvidenceItem(e.id, e.milestoneId, e.fileName,"
            + " e.contentType, e.sizeBytes, e.linkUrl, e.note, e.uploadedBy, e.organisationId, e.uploadedAt)"
            + " from Evidence e";

    /** The milestone's evidence, newest first, without the bytes. */
    @Query(ITEM + " where e.milestoneId = :milestoneId order by e.uploadedAt desc, e.id desc")
    List<EvidenceItem> itemsOf(@Param("milestoneId") Long milestoneId);

    /** The evidence of every milestone of a recommendation, newest first, without the bytes. */
    @Query(value = ITEM + ", Milestone m where m.id = e.milestoneId and m.recommendationId = :recommendationId"
            + " order by e.uploadedAt desc, e.id desc",
            countQuery = "select count(e) from Evidence e, Milestone m where m.id = e.milestoneId"
                    + " and m.recommendationId = :recommendationId")
    Page<EvidenceItem> itemsOfRecommendation(@Param("recommendationId") Long recommendationId, Pageable pageable);

    /** One piece of evidence without the bytes. */
    @Query(ITEM + " where e.id = :id")
    Optional<EvidenceItem> itemById(@Param("id") Long id);

    long countByMilestoneId(Long milestoneId);

    boolean existsByMilestoneId(Long milestoneId);
}
