package org.mixedmovements.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.UserFacingException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.plan.DeadlineSettings;
import org.mixedmovements.tracker.plan.PlanSettingsService;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input at every entry point the forms use (the report dialog, comments, the meeting dialog, the user,
 * organisation and country dialogs, plan settings, reassignment, evidence uploads): oversized values, wrong types,
 * impossible dates (outside the input policy's 2000-01-01..2100-12-31), control characters (NUL, escape, C1),
 * markup and formulas, unknown ids and ids of another organisation. Each is refused with a clear,
 * user-facing error (an {@link InvalidInputException} naming the field, {@link NotFoundException},
 * {@link NotPermittedException}) and leaves every table of the application exactly as it was.
 *
 * <p>One row per case, grouped by entry-point family; the REST API and the imports add their families as rows in
 * {@link #cases} (a {@link Case} is a name, who acts, the call and the error expected).
 */
@TrackerTest
class HostileInputTest {

    static final String HUGE = "x".repeat(100_000);
    static final String SCRIPT = "<script>alert('pwned')</script>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final byte[] PDF = "%PDF-1.7\n% minutes".getBytes(StandardCharsets.UTF_8);
    static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    /** One hostile call: who makes it, and what it must be refused with. */
    record Case(String family, String name, String actor, HostileCall call, Class<? extends UserFacingException> refusal) {
    }

    interface HostileCall {
        void run() throws Exception;
    }

    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyTaskService tasks;
    @Autowired CommentService comments;
    @Autowired MeetingService meetings;
    @Autowired UserAdministration users;
    @Autowired OrganisationAdministration organisations;
    @Autowired PlanSettingsService planSettings;
    @Autowired AssignmentService assignment;
    @Autowired RecommendationService recommendations;

    Long recommendation;
    Long otherRecommendation;
    Long r4vMilestone;
    Long planId;
    String r4vWork;
    String otherDraft;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRefusedWithAClearErrorAndChangesNoTable() {
        setUp();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.family() + ": " + c.name(), () -> {
            Map<String, Long> before = rowCounts();
            signIn(c.actor());
            assertThatThrownBy(c.call()::run).as(c.name()).isInstanceOf(c.refusal());
            fixtures.signOut();
            assertThat(rowCounts()).as("rows of every table after " + c.name()).isEqualTo(before);
        }));
    }

    void setUp() {
        recommendation = fixtures.newRecommendation("Hostile input");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("R4V maps its partners", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        r4vWork = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        r4vMilestone = tasks.task(r4vWork).milestoneId();
        otherRecommendation = fixtures.newRecommendation("Another one");
        fixtures.adopt(otherRecommendation, "R4V");
        otherDraft = fixtures.taskOf("agency.r4v", otherRecommendation, WorkItemKind.DRAFT_PLAN);
        fixtures.signIn("secretariat");
        planId = recommendations.summary(recommendation).planId();
        fixtures.signOut();
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Long r4v = fixtures.organisation("R4V");

        // the milestone report dialog (my tasks)
        cases.add(new Case("report", "progress above 100", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, 101, "fine"), InvalidInputException.class));
        cases.add(new Case("report", "negative progress", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, -5, "fine"), InvalidInputException.class));
        cases.add(new Case("report", "no status", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, null, 10, "fine"), InvalidInputException.class));
        cases.add(new Case("report", "a note of 100,000 characters", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, 10, HUGE), InvalidInputException.class));
        cases.add(new Case("report", "another organisation's milestone", "agency.ibchm",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, 10, "mine now"), NotPermittedException.class));
        cases.add(new Case("report", "a task id that does not exist", "agency.r4v",
                () -> tasks.reportMilestone("no-such-task", ReportedStatus.IN_PROGRESS, 10, "x"), UserFacingException.class));
        cases.add(new Case("report", "a deadline change to a date in the past", "agency.r4v",
                () -> tasks.requestDeadlineChange(r4vWork, LocalDate.of(1999, 1, 1), "later"), InvalidInputException.class));
        cases.add(new Case("report", "a deadline change to the year 10000", "agency.r4v",
                () -> tasks.requestDeadlineChange(r4vWork, LocalDate.of(10000, 1, 1), "later"), InvalidInputException.class));
        cases.add(new Case("report", "a deadline change to 1 January 2101", "agency.r4v",
                () -> tasks.requestDeadlineChange(r4vWork, LocalDate.of(2101, 1, 1), "later"), InvalidInputException.class));
        cases.add(new Case("report", "a deadline change with a NUL byte in its reason", "agency.r4v",
                () -> tasks.requestDeadlineChange(r4vWork, fixtures.todayInPanama().plusDays(90), "later\u0000"),
                InvalidInputException.class));
        cases.add(new Case("report", "a note with a NUL byte", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, 10, "mapped\u0000"), InvalidInputException.class));
        cases.add(new Case("report", "a note with a terminal escape sequence", "agency.r4v",
                () -> tasks.reportMilestone(r4vWork, ReportedStatus.IN_PROGRESS, 10, "\u001b[2Jmapped"), InvalidInputException.class));
        cases.add(new Case("report", "a deadline change with a reason of 100,000 characters", "agency.r4v",
                () -> tasks.requestDeadlineChange(r4vWork, fixtures.todayInPanama().plusDays(90), HUGE), InvalidInputException.class));

        // the implementation plan (the lead's draft)
        cases.add(new Case("plan", "a milestone name with a NUL byte", "agency.r4v",
                () -> tasks.submitImplementationPlan(otherDraft, List.of(fixtures.milestone("Maps\u0000 partners", "R4V", 40, false))),
                InvalidInputException.class));
        cases.add(new Case("plan", "a milestone due in the year 10000", "agency.r4v",
                () -> tasks.submitImplementationPlan(otherDraft, List.of(new org.mixedmovements.tracker.milestone.MilestoneDraft(
                        "Far away", r4v, null, null, LocalDate.of(10000, 1, 1), false))), InvalidInputException.class));

        // evidence uploads
        cases.add(new Case("evidence", "a file over 10 MB", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "big.pdf", "application/pdf", oversizedPdf(), null), InvalidInputException.class));
        cases.add(new Case("evidence", "a program renamed to .pdf", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "minutes.pdf", "application/pdf", EXE, null), InvalidInputException.class));
        cases.add(new Case("evidence", "a PDF declared as HTML", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "minutes.pdf", "text/html", PDF, null), InvalidInputException.class));
        cases.add(new Case("evidence", "an .html page", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "page.html", "text/html", SCRIPT.getBytes(StandardCharsets.UTF_8), null), InvalidInputException.class));
        cases.add(new Case("evidence", "an .exe", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "setup.exe", "application/octet-stream", EXE, null), InvalidInputException.class));
        cases.add(new Case("evidence", "a name of only a path", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "../../", "application/pdf", PDF, null), InvalidInputException.class));
        cases.add(new Case("evidence", "an empty file", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "empty.pdf", "application/pdf", new byte[0], null), InvalidInputException.class));
        cases.add(new Case("evidence", "a note of 100,000 characters", "agency.r4v",
                () -> tasks.attachFile(r4vWork, "minutes.pdf", "application/pdf", PDF, HUGE), InvalidInputException.class));
        cases.add(new Case("evidence", "a javascript: link", "agency.r4v",
                () -> tasks.attachLink(r4vWork, "javascript:alert(document.cookie)", null), InvalidInputException.class));
        cases.add(new Case("evidence", "a data: link", "agency.r4v",
                () -> tasks.attachLink(r4vWork, "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", null), InvalidInputException.class));
        cases.add(new Case("evidence", "a link of 100,000 characters", "agency.r4v",
                () -> tasks.attachLink(r4vWork, "https://example.org/" + HUGE, null), InvalidInputException.class));
        cases.add(new Case("evidence", "a file on another organisation's milestone", "agency.ibchm",
                () -> tasks.attachFile(r4vWork, "minutes.pdf", "application/pdf", PDF, null), NotPermittedException.class));

        cases.add(new Case("evidence", "a note with control characters", "agency.r4v",
                () -> tasks.attachLink(r4vWork, "https://example.org/map", "the\u0007 map"), InvalidInputException.class));

        // comments
        cases.add(new Case("comment", "a comment with a NUL byte", "wg.ocha",
                () -> comments.add(recommendation, null, "hello\u0000world"), InvalidInputException.class));
        cases.add(new Case("comment", "a comment with a C1 control character", "wg.ocha",
                () -> comments.add(recommendation, null, "hello\u0085world"), InvalidInputException.class));
        cases.add(new Case("comment", "a comment of 100,000 characters", "wg.ocha",
                () -> comments.add(recommendation, null, HUGE), InvalidInputException.class));
        cases.add(new Case("comment", "a blank comment", "wg.ocha",
                () -> comments.add(recommendation, null, "   \n\t "), InvalidInputException.class));
        cases.add(new Case("comment", "an unknown recommendation", "wg.ocha",
                () -> comments.add(-42L, null, "hello"), NotFoundException.class));
        cases.add(new Case("comment", "a milestone of another recommendation", "wg.ocha",
                () -> comments.add(otherRecommendation, r4vMilestone, "hello"), NotFoundException.class));

        // the meeting dialog
        cases.add(new Case("meeting", "a title of 100,000 characters", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), HUGE, List.of(r4v), "m", List.of())),
                InvalidInputException.class));
        cases.add(new Case("meeting", "minutes of 100,000 characters", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "t", List.of(r4v), HUGE, List.of())),
                InvalidInputException.class));
        cases.add(new Case("meeting", "no date", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, null, "t", List.of(r4v), "m", List.of())),
                InvalidInputException.class));
        cases.add(new Case("meeting", "a meeting in the year 10000", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, LocalDate.of(10000, 1, 1), "t", List.of(r4v), "m", List.of())),
                InvalidInputException.class));
        cases.add(new Case("meeting", "an unknown plan", "secretariat",
                () -> meetings.record(new MeetingRecord(-7L, fixtures.todayInPanama(), "t", List.of(r4v), "m", List.of())),
                UserFacingException.class));
        cases.add(new Case("meeting", "an unknown participant", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "t", List.of(-3L), "m", List.of())),
                UserFacingException.class));
        cases.add(new Case("meeting", "a decision that does not exist", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "t", List.of(r4v), "m",
                        List.of(new MeetingRecord.ConsensusTaken(-9L, null, null)))), UserFacingException.class));

        cases.add(new Case("meeting", "a title with a NUL byte", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "t\u0000", List.of(r4v), "m", List.of())),
                InvalidInputException.class));
        cases.add(new Case("meeting", "a meeting before the year 2000", "secretariat",
                () -> meetings.record(new MeetingRecord(planId, LocalDate.of(1999, 12, 31), "t", List.of(r4v), "m", List.of())),
                InvalidInputException.class));

        // the user dialog
        cases.add(new Case("user", "a display name with a NUL byte", "admin",
                () -> users.create(new UserAdministration.NewUser("hostile.nul", "Name\u0000", null, r4v, Role.AGENCY, "en",
                        "Orchid-Lantern-4815")), InvalidInputException.class));
        cases.add(new Case("user", "markup as a username", "admin",
                () -> users.create(newUser("<img src=x onerror=alert(1)>", "ok@example.org", r4v, "Orchid-Lantern-4815")),
                InvalidInputException.class));
        cases.add(new Case("user", "a display name of 100,000 characters", "admin",
                () -> users.create(new UserAdministration.NewUser("hostile.name", HUGE, null, r4v, Role.AGENCY, "en",
                        "Orchid-Lantern-4815")), InvalidInputException.class));
        cases.add(new Case("user", "a malformed e-mail", "admin",
                () -> users.create(newUser("hostile.mail", "not an address\"<script>", r4v, "Orchid-Lantern-4815")),
                InvalidInputException.class));
        cases.add(new Case("user", "an e-mail with a NUL byte", "admin",
                () -> users.create(newUser("hostile.mailnul", "ok\u0000@example.org", r4v, "Orchid-Lantern-4815")),
                InvalidInputException.class));
        cases.add(new Case("user", "an unknown organisation", "admin",
                () -> users.create(newUser("hostile.org", null, -5L, "Orchid-Lantern-4815")), InvalidInputException.class));
        cases.add(new Case("user", "an unknown language", "admin",
                () -> users.create(new UserAdministration.NewUser("hostile.lang", "Name", null, r4v, Role.AGENCY,
                        "xx-<b>", "Orchid-Lantern-4815")), InvalidInputException.class));
        cases.add(new Case("user", "a weak password", "admin",
                () -> users.create(newUser("hostile.weak", null, r4v, "Password2024!")), InvalidInputException.class));
        cases.add(new Case("user", "a password of 100,000 characters", "admin",
                () -> users.create(newUser("hostile.long", null, r4v, HUGE)), InvalidInputException.class));
        cases.add(new Case("user", "an unknown user", "admin",
                () -> users.resetPassword(-1L, "Orchid-Lantern-4815"), NotFoundException.class));

        // the organisation and country dialogs
        cases.add(new Case("organisation", "markup as a code", "admin",
                () -> organisations.createOrganisation("<b>X</b>", "Name", OrganisationKind.NGO_NETWORK), InvalidInputException.class));
        cases.add(new Case("organisation", "a name of 100,000 characters", "admin",
                () -> organisations.createOrganisation("HOSTILE", HUGE, OrganisationKind.NGO_NETWORK), InvalidInputException.class));
        cases.add(new Case("organisation", "a name with a NUL byte", "admin",
                () -> organisations.createOrganisation("HOSTILE", "Name\u0000", OrganisationKind.NGO_NETWORK), InvalidInputException.class));
        cases.add(new Case("organisation", "a new name with control characters", "admin",
                () -> organisations.changeOrganisation(r4v, "R4V\u001b[31m", OrganisationKind.NGO_NETWORK), InvalidInputException.class));
        cases.add(new Case("organisation", "no kind", "admin",
                () -> organisations.createOrganisation("HOSTILE", "Name", null), InvalidInputException.class));
        cases.add(new Case("organisation", "an unknown organisation", "admin",
                () -> organisations.changeOrganisation(-1L, "Name", OrganisationKind.NGO_NETWORK), NotFoundException.class));
        cases.add(new Case("country", "a three-letter code", "admin",
                () -> organisations.addCountry("ZZZ", Map.of("en", "Nowhere", "es", "Ninguna")), InvalidInputException.class));
        cases.add(new Case("country", "markup as a code", "admin",
                () -> organisations.addCountry("<b", Map.of("en", "Nowhere", "es", "Ninguna")), InvalidInputException.class));
        cases.add(new Case("country", "names of 100,000 characters", "admin",
                () -> organisations.addCountry("QZ", Map.of("en", HUGE, "es", HUGE)), InvalidInputException.class));
        cases.add(new Case("country", "a new name with control characters", "admin",
                () -> organisations.renameCountry("PE", Map.of("en", "Peru\u0000", "es", "Perú")), InvalidInputException.class));
        cases.add(new Case("country", "an unknown country", "admin",
                () -> organisations.renameCountry("../..", Map.of("en", "x")), NotFoundException.class));

        // plan settings
        cases.add(new Case("plan settings", "negative reminder days", "secretariat",
                () -> planSettings.change(planId, new DeadlineSettings("America/Panama", -1, 7, 3, 10)), InvalidInputException.class));
        cases.add(new Case("plan settings", "an unknown time zone", "secretariat",
                () -> planSettings.change(planId, new DeadlineSettings("Mars/Olympus_Mons", 7, 7, 3, 10)), InvalidInputException.class));
        cases.add(new Case("plan settings", "an unknown plan", "secretariat",
                () -> planSettings.change(-1L, new DeadlineSettings("America/Panama", 7, 7, 3, 10)), NotFoundException.class));

        // reassignment (milestones view)
        cases.add(new Case("reassignment", "a reason of 100,000 characters", "secretariat",
                () -> assignment.reassignOwner(List.of(r4vMilestone), fixtures.organisation("IBC-HM"), HUGE), InvalidInputException.class));
        cases.add(new Case("reassignment", "a reason with a NUL byte", "secretariat",
                () -> assignment.reassignOwner(List.of(r4vMilestone), fixtures.organisation("IBC-HM"), "moving\u0000 it"), InvalidInputException.class));
        cases.add(new Case("reassignment", "no reason", "secretariat",
                () -> assignment.reassignOwner(List.of(r4vMilestone), fixtures.organisation("IBC-HM"), " "), InvalidInputException.class));
        cases.add(new Case("reassignment", "an unknown owner", "secretariat",
                () -> assignment.reassignOwner(List.of(r4vMilestone), -8L, "moving it"), InvalidInputException.class));
        cases.add(new Case("reassignment", "an unknown milestone", "secretariat",
                () -> assignment.reassignOwner(List.of(-77L), fixtures.organisation("IBC-HM"), "moving it"), UserFacingException.class));
        cases.add(new Case("reassignment", "assigning the task to an unknown user", "secretariat",
                () -> assignment.assignTask(r4vWork, "nobody<script>", "because"), UserFacingException.class));
        return cases;
    }

    private UserAdministration.NewUser newUser(String username, String email, Long organisation, String password) {
        return new UserAdministration.NewUser(username, "Hostile " + username.length(), email, organisation, Role.AGENCY,
                "en", password);
    }

    private static byte[] oversizedPdf() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    private void signIn(String actor) {
        fixtures.signIn(actor);
    }

    /** Rows of every table of the application (Camunda's own ACT_ tables apart), by table. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name not like 'ACT\\_%' "
                + "order by table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }
}
