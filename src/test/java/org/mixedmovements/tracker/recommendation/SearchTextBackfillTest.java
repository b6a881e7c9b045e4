package org.mixedmovements.tracker.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows saved before search existed (no search text) are found once the start-up backfill has run. */
@TrackerTest
class SearchTextBackfillTest {

    @Autowired Fixtures fixtures;
    @Autowired SearchTextBackfill backfill;
    @Autowired RecommendationSearch search;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_recommendation_without_search_text_is_found_after_the_backfill() {
        Long id = fixtures.newRecommendation("Integración socioeconómica antigua");
        jdbc.update("update recommendation set search_text = null where id = ?", id);
        fixtures.signIn("secretariat");
        assertThat(search.recommendations("integracion socioeconomica antigua", PageRequest.of(0, 20)))
                .noneMatch(r -> r.id().equals(id));

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

        assertThat(search.recommendations("integracion socioeconomica antigua", PageRequest.of(0, 20)))
                .anyMatch(r -> r.id().equals(id));
        assertThat(backfill.run()).isZero();
    }
}
