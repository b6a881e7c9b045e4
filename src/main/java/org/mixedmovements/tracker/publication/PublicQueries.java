package org.mixedmovements.tracker.publication;

import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page's only reads: every query joins the publication tables (V22), so a plan that is not published, or a
 * recommendation of it that is not, is never read; and each names the columns it shows, none of the internal ones
 * (reasons, notes, comments, evidence, people). Anyone may call it: it answers anonymous visitors.
 */
@Service
@Transactional(readOnly = true)
public class PublicQueries {

    private final JdbcClient jdbc;
    private final TrendService trends;
    private final Clock clock;

    private final ContentTranslationService translations;

    PublicQueries(JdbcClient jdbc, TrendService trends, ContentTranslationService translations, Clock clock) {
        this.translations = translations;
        this.jdbc = jdbc;
        this.trends = trends;
        this.clock = clock;
    }

    /** The published plans, by code. */
    public List<PublicPlan.Line> plans() {
        return jdbc.sql("select p.code, p.title from plan p join plan_publication pp on pp.plan_id = p.id "
                        + "where pp.published = true order by p.code")
                .query((rs, n) -> new PublicPlan.Line(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The published plan with that code and its published recommendations, as an English reader reads it; empty when
     * it is not published.
     */
    public Optional<PublicPlan> plan(String code) {
        return plan(code, Languages.DEFAULT);
    }

    /**
     * The published plan for a visitor reading {@code reader}: the recommendations' titles and themes in that language
     * where they have a translation, else the originals marked as such (the open data keeps the originals).
     */
    public Optional<PublicPlan> plan(String code, Locale reader) {
        record Head(Long id, String code, String title, String source, LocalDate on, String languages, ZoneId zone,
                    boolean votes) {
        }
        Optional<Head> found = jdbc.sql("select p.id, p.code, p.title, p.source, p.published_on, p.languages, p.time_zone, "
                        + "pp.show_votes from plan p join plan_publication pp on pp.plan_id = p.id "
                        + "where pp.published = true and p.code = :code")
                .param("code", code)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        date(rs, 5), rs.getString(6), ZoneId.of(rs.getString(7)), rs.getBoolean(8)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head plan = found.get();
        LocalDate today = ComplianceRules.today(clock.instant(), plan.zone());
        Map<Long, List<PublicPlan.Milestone>> milestones = milestones(plan.id());
        Map<Long, List<PublicPlan.Vote>> votes = plan.votes() ? votes(plan.id()) : Map.of();
        List<Long> ids = new ArrayList<>();
        record Found(Long id, PublicPlan.Recommendation recommendation) {
        }
        List<Found> rows = jdbc.sql("select r.id, r.code, r.title, r.theme, "
                        + "r.response, r.target_period, o.code, o.name, r.status from recommendation r "
                        + "join recommendation_publication rp on rp.recommendation_id = r.id "
                        + "left join organisation o on o.id = r.lead_organisation_id "
                        + "where rp.plan_id = :plan and r.plan_id = :plan order by r.position")
                .param("plan", plan.id())
                .query((rs, n) -> {
                    Long id = rs.getLong(1);
                    ids.add(id);
                    String response = rs.getString(5);
                    return new Found(id, new PublicPlan.Recommendation(rs.getString(2), rs.getString(3),
                            rs.getString(4), response == null ? null : GroupResponse.valueOf(response),
                            rs.getString(6), rs.getString(7), rs.getString(8),
                            RecommendationStatus.valueOf(rs.getString(9)), milestones.getOrDefault(id, List.of()),
                            votes.getOrDefault(id, List.of()), null, null));
                })
                .list();
        ContentTranslationService.Reading read = translations.read("recommendation", ids, reader);
        List<PublicPlan.Recommendation> recommendations = rows.stream().map(f -> {
            PublicPlan.Recommendation r = f.recommendation();
            return new PublicPlan.Recommendation(r.code(), r.title(), r.theme(), r.response(), r.targetPeriod(),
                    r.leadCode(), r.leadName(), r.status(), r.milestones(), r.votes(),
                    read.text(f.id(), TranslatedField.TITLE, r.title()),
                    read.text(f.id(), TranslatedField.THEME, r.theme()));
        }).toList();
        return Optional.of(new PublicPlan(plan.code(), plan.title(), plan.source(), plan.on(),
                Plan.originalLanguage(plan.languages()).getLanguage(), today, plan.votes(),
                recommendations, trends.implementationOf(plan.id(), ids)));
    }

    /** The milestones in force of the published recommendations, by recommendation, earliest due first. */
    private Map<Long, List<PublicPlan.Milestone>> milestones(Long planId) {
        Map<Long, List<PublicPlan.Milestone>> byRecommendation = new HashMap<>();
        jdbc.sql("select m.recommendation_id, m.name, m.current_due, m.completed_on, m.progress from milestone m "
                        + "join recommendation_publication rp on rp.recommendation_id = m.recommendation_id "
                        + "where rp.plan_id = :plan and m.state = 'APPROVED' "
                        + "order by m.recommendation_id, m.current_due, m.id")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    byRecommendation.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new PublicPlan.Milestone(rs.getString(2), date(rs, 3), date(rs, 4), rs.getInt(5)));
                });
        return byRecommendation;
    }

    /**
     * How each organisation voted in the decision that settled a published recommendation's response (the latest
     * decided one): the organisation and its choice only, never the person who voted or their reason.
     */
    private Map<Long, List<PublicPlan.Vote>> votes(Long planId) {
        Map<Long, Long> settling = new HashMap<>();
        jdbc.sql("select d.recommendation_id, d.id from wg_decision d "
                        + "join recommendation_publication rp on rp.recommendation_id = d.recommendation_id "
                        + "where rp.plan_id = :plan and d.decision_type = 'RESPONSE' and d.status = 'DECIDED' "
                        + "order by d.decided_at, d.id")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    settling.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, List<PublicPlan.Vote>> byRecommendation = new LinkedHashMap<>();
        jdbc.sql("select d.recommendation_id, d.id, o.code, o.name, v.choice from wg_vote v "
                        + "join wg_decision d on d.id = v.decision_id "
                        + "join organisation o on o.id = v.organisation_id "
                        + "join recommendation_publication rp on rp.recommendation_id = d.recommendation_id "
                        + "where rp.plan_id = :plan and d.decision_type = 'RESPONSE' and d.status = 'DECIDED' "
                        + "order by o.code")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    Long recommendation = rs.getLong(1);
                    if (Long.valueOf(rs.getLong(2)).equals(settling.get(recommendation))) {
                        byRecommendation.computeIfAbsent(recommendation, k -> new ArrayList<>()).add(
                                new PublicPlan.Vote(rs.getString(3), rs.getString(4),
                                        VoteChoice.valueOf(rs.getString(5))));
                    }
                });
        return byRecommendation;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
