package org.mixedmovements.tracker.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The two publication tables (V22): one row per plan that was ever published, one per published recommendation. */
@Component
class PublicationRecords {

    private final JdbcClient jdbc;

    PublicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanPublication of(Long planId) {
        record Flags(boolean published, boolean showVotes) {
        }
        Flags flags = jdbc.sql("select published, show_votes from plan_publication where plan_id = :plan")
                .param("plan", planId)
                .query((rs, n) -> new Flags(rs.getBoolean(1), rs.getBoolean(2))).optional()
                .orElse(new Flags(false, false));
        Set<Long> recommendations = new HashSet<>(jdbc.sql(
                        "select recommendation_id from recommendation_publication where plan_id = :plan")
                .param("plan", planId).query(Long.class).list());
        return new PlanPublication(planId, flags.published(), flags.showVotes(), recommendations);
    }

    void setPlan(Long planId, boolean published, boolean showVotes, Instant at) {
        int updated = jdbc.sql("update plan_publication set published = :published, show_votes = :votes, "
                        + "changed_at = :at where plan_id = :plan")
                .param("published", published).param("votes", showVotes).param("at", Timestamp.from(at)).param("plan", planId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into plan_publication (plan_id, published, show_votes, changed_at) "
                            + "values (:plan, :published, :votes, :at)")
                    .param("published", published).param("votes", showVotes).param("at", Timestamp.from(at)).param("plan", planId)
                    .update();
        }
    }

    /** Returns whether anything changed. */
    boolean publishRecommendation(Long planId, Long recommendationId, Instant at) {
        Optional<Long> existing = jdbc.sql("select recommendation_id from recommendation_publication "
                        + "where recommendation_id = :id").param("id", recommendationId).query(Long.class).optional();
        if (existing.isPresent()) {
            return false;
        }
        jdbc.sql("insert into recommendation_publication (recommendation_id, plan_id, published_at) "
                        + "values (:id, :plan, :at)")
                .param("id", recommendationId).param("plan", planId).param("at", Timestamp.from(at)).update();
        return true;
    }

    /** Returns whether anything changed. */
    boolean withdrawRecommendation(Long recommendationId) {
        return jdbc.sql("delete from recommendation_publication where recommendation_id = :id")
                .param("id", recommendationId).update() > 0;
    }
}
