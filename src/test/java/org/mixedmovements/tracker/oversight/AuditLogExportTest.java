package org.mixedmovements.tracker.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.audit.AuditFilter;
import org.mixedmovements.tracker.audit.AuditSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The audit log's CSV export and who reads what in it, on the real database (H2, and PostgreSQL in its run). */
@TrackerTest
public class AuditLogExportTest {

    @Autowired Fixtures fixtures;
    @Autowired AuditLogExport exports;
    @Autowired AuditSearch search;

    /** A recommendation adopted by the group, with R4V's plan of two milestones approved and in force. */
    public static Long recommendationWithAnApprovedPlan(Fixtures fixtures, String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Partners mapped", "R4V", 30, false),
                fixtures.milestone("Map published", "R4V", 90, true));
        fixtures.signOut();
        return recommendation;
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    String csv(AuditSelection selection) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.csv(selection, ZoneId.of("America/Bogota"), Locale.ENGLISH).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCsvExportHoldsTheFilteredEntriesInWordsAndIsItselfAudited() throws Exception {
        Long recommendation = recommendationWithAnApprovedPlan(fixtures, "Audit: exported");
        fixtures.signIn("secretariat");
        long exportsBefore = auditLogExports();

        List<String> lines = csv(new AuditSelection(null, "VOTE_CAST", null, recommendation, null, null)).lines().toList();

        assertThat(lines.get(0)).startsWith("\uFEFFWhen (America/Bogota),Who,Organisation,What,Recommendation");
        long cast = search.count(new AuditFilter(null, "VOTE_CAST", null, "recommendation", recommendation, null, null));
        assertThat(cast).isGreaterThanOrEqualTo(6); // the members voted on the response, then on the plan
        assertThat(lines).hasSize(1 + (int) cast);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",Vote,"));
        // other tests sharing the application export too, some with the clock moved ahead: count, not the newest
        assertThat(auditLogExports()).as("the export itself is in the audit log").isEqualTo(exportsBefore + 1);
    }

    /** The secretariat's exports of the audit log recorded so far. */
    private long auditLogExports() {
        return search.newestFirst(new AuditFilter("secretariat", "EXPORTED", null, null, null, null, null),
                PageRequest.of(0, 1000)).getContent().stream()
                .filter(entry -> entry.summary().startsWith("Audit log (CSV)")).count();
    }

    @Test
    void anAgencysExportHoldsOnlyItsOwnOrganisationsEntries() throws Exception {
        Long recommendation = recommendationWithAnApprovedPlan(fixtures, "Audit: an agency exports");
        fixtures.signIn("agency.r4v");

        List<String> lines = csv(new AuditSelection(null, null, fixtures.organisation("OCHA"), recommendation, null,
                null)).lines().toList();

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",R4V,"));
    }
}
