package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on a recommendation: any signed-in user may write one; they are read newest first, page by page. */
@Service
@Transactional(readOnly = true)
public class CommentService {

    public static final int MAX_LENGTH = Comment.MAX_LENGTH;

    private final CommentRepository comments;
    private final RecommendationRepository recommendations;
    private final MilestoneQueries milestones;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    CommentService(CommentRepository comments, RecommendationRepository recommendations,
                   MilestoneQueries milestones, OrganisationService organisations, AuditLog audit, Clock clock) {
        this.comments = comments;
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in user comments on the recommendation, or on one of its milestones when {@code milestoneId} is
     * given. Empty or longer than {@link #MAX_LENGTH} characters: refused, nothing written.
     */
    @Transactional
    public Long add(Long recommendationId, Long milestoneId, String text) {
        TrackerUser user = CurrentUser.require();
        String body = text == null ? "" : InputPolicy.normalise(text);
        if (body.isEmpty()) {
            throw InvalidInputException.of("comment", "validation.required");
        }
        InputPolicy.optionalText("comment", body, MAX_LENGTH);
        Recommendation r = recommendations.findById(recommendationId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
        String about = r.getCode();
        if (milestoneId != null) {
            Milestone m = milestones.all(List.of(milestoneId)).stream()
                    .filter(found -> found.getRecommendationId().equals(recommendationId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
            about += ", " + m.getName();
        }
        Comment saved = comments.save(new Comment(recommendationId, milestoneId, user.getUsername(),
                user.organisationId(), clock.instant(), body));
        audit.record("COMMENT_ADDED", RecommendationService.SUBJECT, recommendationId,
                AuditDetails.of("audit.details.comment-added", about, body), saved.toString());
        return saved.getId();
    }

    /** The recommendation's comments, newest first (the page's sort is ignored). */
    public Page<CommentLine> of(Long recommendationId, Pageable page) {
        Page<Comment> found = comments.findByRecommendationIdOrderByWrittenAtDescIdDesc(recommendationId,
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
        Set<Long> milestoneIds = found.stream().map(Comment::getMilestoneId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, String> names = milestones.all(milestoneIds).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getName));
        Map<Long, String> codes = new HashMap<>();
        return found.map(c -> new CommentLine(c.getId(), c.getWrittenAt(), c.getAuthor(),
                codes.computeIfAbsent(c.getOrganisationId(), id -> organisations.get(id).getCode()),
                c.getMilestoneId(), c.getMilestoneId() == null ? null : names.get(c.getMilestoneId()), c.getBody()));
    }

    public long count(Long recommendationId) {
        return comments.countByRecommendationId(recommendationId);
    }
}
