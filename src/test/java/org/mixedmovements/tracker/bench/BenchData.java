package org.mixedmovements.tracker.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generated data set, written with bulk SQL inserts (JDBC batches) straight into the domain tables, the compliance
 * read model and Camunda's history table, not through the services: 160,000 milestones through the services and the
 * engine would take hours here. Ids start high so they never meet the rows the application makes itself.
 *
 * <p>Per plan: 20 national recommendations x 20 countries x 8 milestones = 3,200 milestones, with the compliance
 * statuses spread over the seven values, and one finished or running {@code milestone-follow-up} history row per
 * milestone (business key = the recommendation's id), which is what the history-query comparison reads.
 */
final class BenchData {

    static final int RECOMMENDATIONS_PER_PLAN = 20;
    static final int COUNTRIES = 20;
    static final int MILESTONES_PER_COUNTRY = 8;
    static final int MILESTONES_PER_PLAN = RECOMMENDATIONS_PER_PLAN * COUNTRIES * MILESTONES_PER_COUNTRY;
    private static final long BASE = 10_000_000L;
    private static final String[] STATUS = {"COMPLETED_ON_TIME", "OVERDUE", "AT_RISK", "ON_TRACK", "NOT_DUE_YET",
            "COMPLETED_LATE", "ON_TRACK", "NOT_IMPLEMENTED"};

    private final JdbcTemplate jdbc;
    private final List<String> countries;
    private final List<Long> owners;
    private final String followUpDefinitionId;
    private final LocalDate today = LocalDate.now();
    private int plans;

    BenchData(JdbcTemplate jdbc, String followUpDefinitionId) {
        this.jdbc = jdbc;
        this.followUpDefinitionId = followUpDefinitionId;
        this.countries = jdbc.queryForList("select iso2 from country order by iso2", String.class).subList(0, COUNTRIES);
        this.owners = jdbc.queryForList("select id from organisation order by id", Long.class);
    }

    int plans() {
        return plans;
    }

    String planCode(int plan) {
        return "BENCH-" + plan;
    }

    long planId(int plan) {
        return BASE + plan;
    }

    List<String> businessKeys(int plan) {
        List<String> keys = new ArrayList<>();
        for (int r = 0; r < RECOMMENDATIONS_PER_PLAN; r++) {
            keys.add(String.valueOf(recommendationId(plan, r)));
        }
        return keys;
    }

    private long recommendationId(int plan, int r) {
        return BASE + (long) plan * RECOMMENDATIONS_PER_PLAN + r;
    }

    /** Adds plans until there are {@code total}. */
    void growTo(int total) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int p = plans; p < total; p++) {
            long planId = planId(p);
            jdbc.update("insert into plan (id, code, title, time_zone, created_at) values (?, ?, ?, ?, ?)",
                    planId, planCode(p), "Generated plan " + p, "America/Panama", now);
            List<Object[]> recs = new ArrayList<>();
            List<Object[]> recCountries = new ArrayList<>();
            List<Object[]> milestones = new ArrayList<>();
            List<Object[]> compliance = new ArrayList<>();
            List<Object[]> history = new ArrayList<>();
            for (int r = 0; r < RECOMMENDATIONS_PER_PLAN; r++) {
                long recId = recommendationId(p, r);
                long lead = owners.get(r % owners.size());
                recs.add(new Object[] {recId, planId, "R" + (r + 1), r + 1, "Generated recommendation " + (r + 1),
                        "Generated text", "Theme " + (r % 5), "BOTH", "NATIONAL", "IN_IMPLEMENTATION", lead,
                        "generated recommendation " + (r + 1)});
                for (int c = 0; c < COUNTRIES; c++) {
                    recCountries.add(new Object[] {recId, countries.get(c)});
                    for (int m = 0; m < MILESTONES_PER_COUNTRY; m++) {
                        int i = (r * COUNTRIES + c) * MILESTONES_PER_COUNTRY + m;
                        long id = BASE * 10 + (long) p * MILESTONES_PER_PLAN + i;
                        String status = STATUS[(i + c) % STATUS.length];
                        long owner = owners.get((r + c + m) % owners.size());
                        LocalDate due = switch (status) {
                            case "OVERDUE", "COMPLETED_LATE", "NOT_IMPLEMENTED" -> today.minusDays(5 + i % 90);
                            case "COMPLETED_ON_TIME" -> today.minusDays(i % 120);
                            case "AT_RISK" -> today.plusDays(i % 30);
                            case "ON_TRACK" -> today.plusDays(31 + i % 120);
                            default -> today.plusDays(150 + i % 200);
                        };
                        boolean done = status.startsWith("COMPLETED");
                        Date completed = done ? Date.valueOf(status.equals("COMPLETED_LATE") ? due.plusDays(3) : due) : null;
                        String reported = done ? "DONE" : status.equals("NOT_DUE_YET") ? "NOT_STARTED" : "IN_PROGRESS";
                        int progress = done ? 100 : status.equals("NOT_DUE_YET") ? 0 : 10 + i % 80;
                        int slippage = status.equals("COMPLETED_LATE") ? 3 : status.equals("OVERDUE") ? 5 + i % 90 : 0;
                        String name = "Milestone " + (m + 1) + " in " + countries.get(c);
                        milestones.add(new Object[] {id, recId, name, owner, countries.get(c), Date.valueOf(due),
                                Date.valueOf(due), m % 2 == 0, "APPROVED", reported, progress, completed, now,
                                name.toLowerCase()});
                        compliance.add(new Object[] {id, planId, recId, "Theme " + (r % 5), "BOTH", owner,
                                countries.get(c), "America/Panama", 30, Date.valueOf(due), Date.valueOf(due), completed,
                                reported, progress, status, slippage, Date.valueOf(today)});
                        String instance = UUID.randomUUID().toString();
                        Timestamp started = Timestamp.valueOf(due.minusDays(200).atStartOfDay());
                        history.add(new Object[] {instance, instance, String.valueOf(recId), "milestone-follow-up",
                                followUpDefinitionId, started, done ? Timestamp.valueOf(due.atStartOfDay()) : null,
                                instance, done ? "COMPLETED" : "ACTIVE", "StartEvent_MilestoneFollowUpStarted"});
                    }
                }
            }
            jdbc.batchUpdate("insert into recommendation (id, plan_id, code, position, title, full_text, theme,"
                    + " coordination_level, scope, status, lead_organisation_id, search_text)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recs);
            jdbc.batchUpdate("insert into recommendation_country (recommendation_id, country_iso2) values (?, ?)",
                    recCountries);
            jdbc.batchUpdate("insert into milestone (id, recommendation_id, name, owner_organisation_id, country_iso2,"
                    + " baseline_due, current_due, evidence_required, state, reported_status, progress, completed_on,"
                    + " created_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", milestones);
            jdbc.batchUpdate("insert into milestone_compliance (milestone_id, plan_id, recommendation_id, theme,"
                    + " coordination_level, owner_organisation_id, country_iso2, plan_zone, at_risk_days, baseline_due,"
                    + " current_due, completed_on, reported_status, progress, compliance_status, slippage_days,"
                    + " evaluated_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", compliance);
            jdbc.batchUpdate("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
                    + " PROC_DEF_ID_, START_TIME_, END_TIME_, ROOT_PROC_INST_ID_, STATE_, START_ACT_ID_)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history);
        }
        plans = Math.max(plans, total);
    }

    /** One plan with one recommendation and {@code count} milestones whose reminder fell due at 00:00 today-7. */
    List<Long> timerMilestones(int count) {
        long planId = BASE - 1;
        long recId = BASE - 1;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.update("insert into plan (id, code, title, time_zone, created_at) values (?, ?, ?, ?, ?)",
                planId, "BENCH-TIMERS", "Generated timers", "America/Panama", now);
        jdbc.update("insert into recommendation (id, plan_id, code, position, title, full_text, theme,"
                + " coordination_level, scope, status, lead_organisation_id, search_text)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recId, planId, "T1", 1, "Timers", "Timers", "Timers",
                "BOTH", "REGIONAL", "IN_IMPLEMENTATION", owners.get(0), "timers");
        LocalDate due = LocalDate.now(java.time.ZoneId.of("America/Panama")).plusDays(7);
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = BASE * 20 + i;
            ids.add(id);
            rows.add(new Object[] {id, recId, "Timer milestone " + i, owners.get(i % owners.size()),
                    Date.valueOf(due), Date.valueOf(due), false, "APPROVED", "IN_PROGRESS", 50, now, "timer " + i});
        }
        jdbc.batchUpdate("insert into milestone (id, recommendation_id, name, owner_organisation_id, baseline_due,"
                + " current_due, evidence_required, state, reported_status, progress, created_at, search_text)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return ids;
    }
}
