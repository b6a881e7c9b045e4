package org.mixedmovements.tracker.recommendation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface CommentRepository extends Repository<Comment, Long> {

    Comment save(Comment comment);

    Page<Comment> findByRecommendationIdOrderByWrittenAtDescIdDesc(Long recommendationId, Pageable page);

    long countByRecommendationId(Long recommendationId);
}
