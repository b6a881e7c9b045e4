package org.mixedmovements.tracker.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.recommendation.HistoryLine;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an audit entry says reaches each reader in their language: the entries recorded by the real services (votes,
 * the plan's approval, a milestone's report) read in Spanish, Portuguese and French in the recommendation's history
 * and the audit log's CSV export; an entry recorded before details had keys shows its English text, marked so.
 */
@TrackerTest
class AuditDetailsInTheReadersLanguageTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    private static final Locale FRENCH = Locale.FRENCH;
    /** A code of the application as it is stored (APPROVE, NO_OBJECTION, IN_PROGRESS): never shown to a person. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\b(APPROVE|REJECT|MAJORITY|DONE)\\b");

    @Autowired Fixtures fixtures;
    @Autowired MyTaskService tasks;
    @Autowired RecommendationDetailService details;
    @Autowired AuditLogExport exports;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** A recommendation voted on twice (response and plan) whose first milestone R4V reported in progress. */
    private Long votedAndReported(String title) {
        Long recommendation = AuditLogExportTest.recommendationWithAnApprovedPlan(fixtures, title);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.IN_PROGRESS, 40, "Terms drafted");
        return recommendation;
    }

    private List<HistoryLine> history(Long recommendation) {
        fixtures.signIn("secretariat");
        return details.history(recommendation, PageRequest.of(0, 200)).getContent();
    }

    private static String textOf(List<HistoryLine> lines, String action, Locale locale) {
        return lines.stream().filter(l -> l.action().equals(action)).map(l -> l.text(locale)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in the history"));
    }

    @Test
    void votes_the_plans_approval_and_a_report_read_in_spanish_portuguese_and_french() throws IOException {
        List<HistoryLine> lines = history(votedAndReported("Audit: in every language"));

        assertThat(lines).allSatisfy(l -> assertThat(l.details()).as(l.action() + " has a key").isNotNull());
        assertThat(textOf(lines, "VOTE_CAST", SPANISH)).contains("vota a favor en la decisión (plan)");
        assertThat(textOf(lines, "VOTE_CAST", PORTUGUESE)).contains("vota a favor na decisão (plano)");
        assertThat(textOf(lines, "VOTE_CAST", FRENCH)).contains("vote pour sur la décision (plan)");
        assertThat(textOf(lines, "MILESTONE_REPORTED", SPANISH)).isEqualTo("Partners mapped: En curso, 40 %; nota: Terms drafted");
        assertThat(textOf(lines, "MILESTONE_REPORTED", PORTUGUESE)).isEqualTo("Partners mapped: Em andamento, 40 %; nota: Terms drafted");
        assertThat(textOf(lines, "MILESTONE_REPORTED", FRENCH)).isEqualTo("Partners mapped : En cours, 40 % ; note : Terms drafted");
        assertThat(textOf(lines, "PLAN_ACTIVATED", SPANISH)).isEqualTo("Plan aprobado en vigor: 2 hitos");
        assertThat(textOf(lines, "PLAN_ACTIVATED", PORTUGUESE)).isEqualTo("Plano aprovado em vigor: 2 marcos");
        assertThat(textOf(lines, "PLAN_ACTIVATED", FRENCH)).isEqualTo("Plan approuvé en vigueur : 2 jalons");
        assertThat(textOf(lines, "DECISION_TAKEN", SPANISH)).startsWith("Decisión (plan): Aprobado (");
        assertThat(textOf(lines, "DECISION_TAKEN", PORTUGUESE)).startsWith("Decisão (plano): Aprovado (");
        assertThat(textOf(lines, "DECISION_TAKEN", FRENCH)).startsWith("Décision (plan) : Approuvé (");

        List<String> english = englishFragments();
        for (Locale locale : List.of(SPANISH, PORTUGUESE, FRENCH)) {
            for (HistoryLine line : lines) {
                String text = line.text(locale);
                assertThat(text).as(line.action() + " in " + locale).doesNotContainPattern(CODE.pattern());
                assertThat(english).as(line.action() + " in " + locale + ": " + text)
                        .noneMatch(fragment -> text.contains(fragment));
            }
        }
    }

    @Test
    void an_entry_recorded_before_details_had_keys_shows_its_english_text_marked_as_recorded() {
        Long recommendation = fixtures.newRecommendation("Audit: an old entry");
        jdbc.update("insert into audit_event (occurred_at, actor, organisation_id, action, subject_type, subject_id,"
                        + " summary) values (?, 'secretariat', null, 'PUT_ON_AGENDA', 'recommendation', ?, ?)",
                Timestamp.from(clock.instant()), recommendation, "T1 put on the working group's agenda");

        HistoryLine old = history(recommendation).stream().filter(l -> l.action().equals("PUT_ON_AGENDA"))
                .filter(l -> l.details() == null).findFirst().orElseThrow();

        assertThat(old.text(SPANISH)).isEqualTo("T1 put on the working group's agenda (en inglés, tal como se registró)");
        assertThat(old.text(PORTUGUESE)).isEqualTo("T1 put on the working group's agenda (em inglês, como registrado)");
        assertThat(old.text(FRENCH)).isEqualTo("T1 put on the working group's agenda (en anglais, tel qu’enregistré)");
        assertThat(old.text(Locale.ENGLISH)).isEqualTo("T1 put on the working group's agenda");
    }

    @Test
    void the_audit_logs_csv_export_in_spanish_says_the_details_in_spanish() throws Exception {
        Long recommendation = votedAndReported("Audit: exported in Spanish");
        fixtures.signIn("secretariat");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.csv(new AuditSelection(null, null, null, recommendation, null, null), ZoneId.of("America/Bogota"),
                SPANISH).writeTo(out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).contains("vota a favor en la decisión (respuesta)").contains("vota a favor en la decisión (plan)")
                .contains("Partners mapped: En curso, 40 %; nota: Terms drafted")
                .contains("Plan aprobado en vigor: 2 hitos")
                .doesNotContain("votes APPROVE").doesNotContain("IN_PROGRESS").doesNotContain("put to the working group");
    }

    /**
     * The English texts of the audit entries' details, cut at their arguments: the pieces of three or more words, or
     * of one long word, that a translated line must not contain.
     */
    private static List<String> englishFragments() throws IOException {
        Properties en = new Properties();
        try (var in = AuditDetailsInTheReadersLanguageTest.class.getResourceAsStream(
                "/vaadin-i18n/translations.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> fragments = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!key.startsWith("audit.details.")) {
                continue;
            }
            for (String piece : en.getProperty(key).split("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}|[#|;:()]")) {
                String p = piece.strip();
                if (p.split("\\s+").length >= 3 || p.matches("[a-z]{9,}")) {
                    fragments.add(p);
                }
            }
        }
        return fragments;
    }
}
