package org.mixedmovements.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.DashboardQueries;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.security.Role;

/**
 * The REST API and the calendar feed over real HTTP against the application on its random port, with real tokens:
 * who may change what, revocation, refusals as problem details, paging, CSRF, and the same figures as the dashboard.
 */
@TrackerTest
class ApiOverHttpTest extends ApiOverHttp {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired MyTaskService tasks;
    @Autowired ImplementationPlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired EvidenceService evidence;
    @Autowired PlanService planService;
    @Autowired ComplianceQueries compliance;
    @Autowired DashboardQueries dashboard;
    @Autowired AuditLog audit;
    @Autowired ApplicationContext context;

    Long recommendation;
    String ochaWork;
    Long ochaMilestone;
    String r4vWork;
    Long r4vMilestone;

    /** A plan led by R4V with an OCHA milestone (due in 30 days) and an R4V one (due in 40), both in force. */
    void approvedPlanLedByR4v() {
        recommendation = fixtures.newRecommendation("API and calendar");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v",
                fixtures.milestone("Secretariat sets up the information hub", "OCHA", 30, true),
                fixtures.milestone("Platform maps its partners", "R4V", 40, false));
        ochaWork = fixtures.taskOf("secretariat", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        ochaMilestone = tasks.task(ochaWork).milestoneId();
        r4vWork = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        r4vMilestone = tasks.task(r4vWork).milestoneId();
        fixtures.signOut();
    }

    void revoke(String username, NewToken token) {
        fixtures.signIn(username);
        try {
            tokens.revoke(token.token().id());
        } finally {
            fixtures.signOut();
        }
    }

    HttpResponse<String> get(String path, NewToken token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token.secret());
        }
        return send(request);
    }

    /** A write on the task's milestone as it is now: with the ETag a client that just read it would send. */
    HttpResponse<String> write(String method, String path, NewToken token, String body)
            throws IOException, InterruptedException {
        return write(method, path, token, body, currentTag(path));
    }

    /** A write with that If-Match header (none when null). */
    HttpResponse<String> write(String method, String path, NewToken token, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.secret());
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** The ETag of the milestone of the task the path names, as it is now (none for another path). */
    String currentTag(String path) {
        Long milestone = r4vWork != null && path.contains(r4vWork) ? r4vMilestone
                : ochaWork != null && path.contains(ochaWork) ? ochaMilestone : null;
        return milestone == null ? null : "W/\"" + plans.version(milestone) + "\"";
    }

    /** The response is a problem detail of that status; returns the fields its errors name. */
    List<String> problem(HttpResponse<String> response, int status) throws IOException {
        JsonNode problem = problemDetail(response, status);
        List<String> fields = new ArrayList<>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(e -> {
                assertThat(e.get("message").asText()).isNotBlank();
                fields.add(e.get("field").asText());
            });
        }
        return fields;
    }

    MilestoneReport reportOf(Long milestone) {
        fixtures.signIn("secretariat");
        try {
            return plans.currentReport(milestone);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void anAgencysTokenCannotChangeAnotherOrganisationsTask() throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        MilestoneReport before = reportOf(ochaMilestone);

        HttpResponse<String> refused = write("PUT", "/api/v1/tasks/" + ochaWork + "/report", r4v,
                "{\"status\":\"DONE\",\"progress\":100,\"note\":\"Not ours to say\"}");
        problem(refused, 403);
        problem(write("POST", "/api/v1/tasks/" + ochaWork + "/evidence/links", r4v,
                "{\"url\":\"https://example.org/not-ours\"}"), 403);

        MilestoneReport after = reportOf(ochaMilestone);
        assertThat(after).isEqualTo(before);
        assertThat(after.evidenceCount()).isZero();
        assertThat(after.status()).isEqualTo(ReportedStatus.NOT_STARTED);
        assertThat(after.progress()).isZero();
    }

    @Test
    void anAgencyUpdatesItsOwnMilestoneWithItsTokenAndTheAuditLogSaysSo() throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);

        // R4V's work of every test sharing this application is in the list: read it page by page
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 50 && !pages.toString().contains(r4vWork); page++) {
            HttpResponse<String> mine = get("/api/v1/tasks?scope=MINE&size=100&page=" + page, r4v);
            assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
            if (mine.body().contains("\"items\":[]")) {
                break;
            }
            pages.append(mine.body());
        }
        assertThat(pages.toString()).contains(r4vWork).doesNotContain(ochaWork);

        HttpResponse<String> reported = write("PUT", "/api/v1/tasks/" + r4vWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":40,\"note\":\"Partners of 12 countries mapped\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        assertThat(body(reported).get("progress").asInt()).isEqualTo(40);
        HttpResponse<String> link = write("POST", "/api/v1/tasks/" + r4vWork + "/evidence/links", r4v,
                "{\"url\":\"https://example.org/partner-map\",\"note\":\"The map\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        HttpResponse<String> file = upload("/api/v1/tasks/" + r4vWork + "/evidence/files", r4v, "minutes.pdf",
                "application/pdf", "%PDF-1.7\n% the minutes of the partners' meeting");
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        assertThat(body(file).get("fileName").asText()).isEqualTo("minutes.pdf");

        MilestoneReport report = reportOf(r4vMilestone);
        assertThat(report.status()).isEqualTo(ReportedStatus.IN_PROGRESS);
        assertThat(report.progress()).isEqualTo(40);
        assertThat(report.evidenceCount()).isEqualTo(2);
        HttpResponse<String> listed = get("/api/v1/tasks/" + r4vWork + "/evidence", r4v);
        assertThat(body(listed).get("total").asInt()).isEqualTo(2);

        fixtures.signIn("secretariat");
        List<String> history = recommendations.details(recommendation).history().stream()
                .map(AuditEntry::action).toList();
        assertThat(history).contains("MILESTONE_REPORTED");
        List<AuditEntry> tokenHistory = audit.historyOf(ApiTokenService.AUDIT_SUBJECT, r4v.token().id());
        assertThat(tokenHistory).extracting(AuditEntry::action)
                .containsExactly("TOKEN_CREATED", "API_MILESTONE_REPORTED", "API_EVIDENCE_ADDED", "API_EVIDENCE_ADDED");
        assertThat(tokenHistory).allSatisfy(e -> assertThat(e.actor()).isEqualTo("agency.r4v"));
    }

    HttpResponse<String> upload(String path, NewToken token, String name, String type, String content)
            throws IOException, InterruptedException {
        return upload(path, token, name, type, content, currentTag(path));
    }

    HttpResponse<String> upload(String path, NewToken token, String name, String type, String content, String ifMatch)
            throws IOException, InterruptedException {
        String boundary = "----tracker" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nSigned minutes\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token.secret())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    @Test
    void theReadsOfATaskItsReportAndItsMilestoneCarryTheMilestonesVersionAndAWriteOnAnOlderOneIs412()
            throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String task = "/api/v1/tasks/" + r4vWork;
        String read = get(task, r4v).headers().firstValue("ETag").orElseThrow();
        assertThat(read).matches("W/\"\\d+\"");
        assertThat(get(task + "/report", r4v).headers().firstValue("ETag")).contains(read);
        assertThat(get("/api/v1/milestones/" + r4vMilestone, r4v).headers().firstValue("ETag")).contains(read);

        HttpResponse<String> first = write("PUT", task + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":30,\"note\":\"From the reporting system\"}", read);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String saved = first.headers().firstValue("ETag").orElseThrow();
        assertThat(saved).isNotEqualTo(read);
        assertThat("W/\"" + body(first).get("version").asLong() + "\"").isEqualTo(saved);

        // a second client that read the milestone before the first one saved: refused, told the version now stored
        HttpResponse<String> late = send(HttpRequest.newBuilder(uri(task + "/report"))
                .header("Authorization", "Bearer " + r4v.secret()).header("Content-Type", "application/json")
                .header("Accept-Language", "es").header("If-Match", read)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"IN_PROGRESS\",\"progress\":10}")));
        problem(late, 412);
        assertThat(late.headers().firstValue("ETag")).contains(saved);
        assertThat(body(late).get("detail").asText()).contains("cambió", saved);
        MilestoneReport kept = reportOf(r4vMilestone);
        assertThat(kept.progress()).isEqualTo(30);
        assertThat(kept.note()).isEqualTo("From the reporting system");

        // evidence and a request for more time on the older version are refused as well, and attach nothing
        problem(write("POST", task + "/evidence/links", r4v, "{\"url\":\"https://example.org/late\"}", read), 412);
        problem(upload(task + "/evidence/files", r4v, "late.pdf", "application/pdf", "%PDF-1.7\n% late", read), 412);
        String later = "{\"dueDate\":\"" + fixtures.todayInPanama().plusDays(90) + "\",\"reason\":\"Later\"}";
        problem(write("POST", task + "/deadline-change", r4v, later, read), 412);
        assertThat(reportOf(r4vMilestone).evidenceCount()).isZero();

        // read again, then the same changes go through
        String again = get(task + "/report", r4v).headers().firstValue("ETag").orElseThrow();
        assertThat(again).isEqualTo(saved);
        assertThat(write("PUT", task + "/report", r4v, "{\"status\":\"IN_PROGRESS\",\"progress\":10}", again)
                .statusCode()).isEqualTo(200);
        assertThat(write("POST", task + "/deadline-change", r4v, later).statusCode()).isEqualTo(202);
    }

    @Test
    void aWriteWithoutIfMatchIs428InTheCallersLanguageAndSavesNothingAndAMalformedOneIs400() throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String task = "/api/v1/tasks/" + r4vWork;
        String later = "{\"dueDate\":\"" + fixtures.todayInPanama().plusDays(90) + "\",\"reason\":\"Later\"}";

        problem(write("PUT", task + "/report", r4v, "{\"status\":\"DONE\",\"progress\":100,\"note\":\"x\"}", null),
                428);
        problem(write("POST", task + "/evidence/links", r4v, "{\"url\":\"https://example.org/x\"}", null), 428);
        problem(upload(task + "/evidence/files", r4v, "x.pdf", "application/pdf", "%PDF-1.7\n% x", null), 428);
        problem(write("POST", task + "/deadline-change", r4v, later, null), 428);
        HttpResponse<String> spanish = send(HttpRequest.newBuilder(uri(task + "/report"))
                .header("Authorization", "Bearer " + r4v.secret()).header("Content-Type", "application/json")
                .header("Accept-Language", "es")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"IN_PROGRESS\",\"progress\":10}")));
        problem(spanish, 428);
        assertThat(body(spanish).get("detail").asText()).contains("If-Match", "Envíe");
        // another organisation's task is still its 403 first
        problem(write("PUT", "/api/v1/tasks/" + ochaWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":10}", null), 403);

        assertThat(problem(write("PUT", task + "/report", r4v, "{\"status\":\"IN_PROGRESS\",\"progress\":10}",
                "version 3"), 400)).containsExactly("If-Match");
        MilestoneReport unchanged = reportOf(r4vMilestone);
        assertThat(unchanged.status()).isEqualTo(ReportedStatus.NOT_STARTED);
        assertThat(unchanged.evidenceCount()).isZero();
        // nothing pending either: the request for more time goes through now, once
        assertThat(write("POST", task + "/deadline-change", r4v, later).statusCode()).isEqualTo(202);
        // "*" is any version: the client overwrites knowingly
        assertThat(write("PUT", task + "/report", r4v, "{\"status\":\"IN_PROGRESS\",\"progress\":20}", "*")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        NewToken token = token("wg.ocha", TokenKind.API);
        assertThat(get("/api/v1/plans", token).statusCode()).isEqualTo(200);

        revoke("wg.ocha", token);

        problem(get("/api/v1/plans", token), 401);
        fixtures.signIn("wg.ocha");
        assertThat(tokens.mine()).extracting(TokenSummary::id).doesNotContain(token.token().id());
        assertThat(audit.historyOf(ApiTokenService.AUDIT_SUBJECT, token.token().id()))
                .extracting(AuditEntry::action).containsExactly("TOKEN_CREATED", "TOKEN_REVOKED");
    }

    @Test
    void aDisabledUsersTokensStopWorkingAndSoDoThoseOfAUserMovedToAnotherOrganisation() throws Exception {
        fixtures.signIn("admin");
        UserAdministration users = context.getBean(UserAdministration.class);
        Long r4v = fixtures.organisation("R4V");
        Long ibchm = fixtures.organisation("IBC-HM");
        String name = "api.agency" + (System.nanoTime() % 100000);
        Long id = users.create(new UserAdministration.NewUser(name, "API agency", null, r4v, Role.AGENCY, "en",
                "A-long-enough-password-1"));
        NewToken token = token(name, TokenKind.API);
        NewToken feed = token(name, TokenKind.CALENDAR_USER);
        assertThat(get("/api/v1/plans", token).statusCode()).isEqualTo(200);

        fixtures.signIn("admin");
        users.setEnabled(id, false);
        problem(get("/api/v1/plans", token), 401);
        problem(get("/calendar/" + feed.secret() + ".ics", null), 401);

        fixtures.signIn("admin");
        users.setEnabled(id, true);
        assertThat(get("/api/v1/plans", token).statusCode()).isEqualTo(200);
        fixtures.signIn("admin");
        users.change(id, new UserAdministration.UserChange("API agency", null, ibchm, Role.AGENCY, "en"));
        problem(get("/api/v1/plans", token), 401);
    }

    @Test
    void anonymousRequestsAndBadTokensGet401() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/plans", null);
        problem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer"));
        problem(send(HttpRequest.newBuilder(uri("/api/v1/plans")).header("Authorization", "Bearer nonsense")), 401);
        NewToken real = token("wg.ocha", TokenKind.API);
        String forged = real.secret().substring(0, real.secret().length() - 2) + "xx";
        problem(send(HttpRequest.newBuilder(uri("/api/v1/plans")).header("Authorization", "Bearer " + forged)), 401);
        // a calendar feed token is no API token, and the other way round
        NewToken feed = token("wg.ocha", TokenKind.CALENDAR_USER);
        problem(get("/api/v1/plans", feed), 401);
        problem(get("/calendar/" + real.secret() + ".ics", null), 401);
        problem(get("/calendar/rt_nothing.ics", null), 401);
        // the documentation is behind the login
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(302);
        assertThat(docs.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(302);
    }

    @Test
    void theCalendarFeedsHoldTheDeadlinesAsAllDayEventsAndParseWithIcal4j() throws Exception {
        approvedPlanLedByR4v();
        NewToken organisation = token("agency.r4v", TokenKind.CALENDAR_ORGANISATION);
        NewToken personal = token("agency.r4v", TokenKind.CALENDAR_USER);
        LocalDate r4vDue = fixtures.todayInPanama().plusDays(40);
        LocalDate ochaDue = fixtures.todayInPanama().plusDays(30);

        HttpResponse<String> feed = get("/calendar/" + organisation.secret() + ".ics", null);
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Map<String, VEvent> events = events(feed.body());
        assertThat(events).containsKey("milestone-" + r4vMilestone + "@recommendation-tracker")
                .doesNotContainKey("milestone-" + ochaMilestone + "@recommendation-tracker");
        VEvent r4vEvent = events.get("milestone-" + r4vMilestone + "@recommendation-tracker");
        assertThat(startOf(r4vEvent)).isEqualTo(r4vDue);
        assertThat(r4vEvent.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");
        assertThat(r4vEvent.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("Platform maps its partners").contains("R4V");
        // words in the subscriber's language, not the status's code
        assertThat(r4vEvent.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Status: ").doesNotContainPattern("[A-Z]{2,}_[A-Z_]+");

        // the user's own feed adds the milestones of the recommendations R4V leads
        Map<String, VEvent> mine = events(get("/calendar/" + personal.secret() + ".ics", null).body());
        assertThat(startOf(mine.get("milestone-" + ochaMilestone + "@recommendation-tracker"))).isEqualTo(ochaDue);
        assertThat(mine).containsKey("milestone-" + r4vMilestone + "@recommendation-tracker");
    }

    @Test
    void aRevokedCalendarFeedAnswers401() throws Exception {
        NewToken feed = token("wg.unhcr", TokenKind.CALENDAR_ORGANISATION);
        assertThat(get("/calendar/" + feed.secret() + ".ics", null).statusCode()).isEqualTo(200);
        revoke("wg.unhcr", feed);
        problem(get("/calendar/" + feed.secret() + ".ics", null), 401);
    }

    static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> events = new java.util.HashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            events.put(event.getProperty(Property.UID).orElseThrow().getValue(), event);
        }
        return events;
    }

    static LocalDate startOf(VEvent event) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        return (LocalDate) start.getDate();
    }

    @Test
    void theComplianceFiguresAreTheDashboards() throws Exception {
        approvedPlanLedByR4v();
        NewToken token = token("secretariat", TokenKind.API);
        fixtures.signIn("secretariat");
        Long planId = recommendations.summary(recommendation).planId();
        Plan plan = planService.get(planId);
        Long r4v = fixtures.organisation("R4V");
        fixtures.signOut();

        for (String query : List.of("plan=" + planId, "plan=" + plan.getCode() + "&organisation=R4V",
                "plan=" + planId + "&country=REGIONAL&level=BOTH&theme=Testing")) {
            ComplianceFilter filter = query.contains("R4V")
                    ? new ComplianceFilter(planId, null, null, null, r4v, null)
                    : query.contains("REGIONAL")
                    ? new ComplianceFilter(planId, null, "Testing", org.mixedmovements.tracker.recommendation.CoordinationLevel.BOTH, null, "REGIONAL")
                    : ComplianceFilter.plan(planId);
            RollUp expected = compliance.total(filter);
            HttpResponse<String> response = get("/api/v1/compliance?" + query, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode figures = body(response);
            assertThat(figures.get("milestones").asLong()).as(query).isEqualTo(expected.milestones());
            assertThat(figures.get("progress").asInt()).isEqualTo(expected.progress());
            for (ComplianceStatus status : ComplianceStatus.values()) {
                JsonNode count = figures.get("byStatus").get(status.name());
                assertThat(count == null ? 0 : count.asLong()).as(status.name()).isEqualTo(expected.count(status));
            }
            assertThat(figures.get("overdue").asLong()).isEqualTo(dashboard.countOverdue(filter));
            assertThat(figures.get("dueSoon").asLong()).isEqualTo(dashboard.countDueWithin(filter, 30));
            List<DeadlineRow> dueSoon = dashboard.dueWithin(filter, 30, PageRequest.of(0, 20)).getContent();
            JsonNode listed = body(get("/api/v1/compliance/due-soon?" + query, token));
            assertThat(listed.get("total").asLong()).isEqualTo(dashboard.countDueWithin(filter, 30));
            List<Long> ids = new ArrayList<>();
            listed.get("items").forEach(i -> ids.add(i.get("milestoneId").asLong()));
            assertThat(ids).isEqualTo(dueSoon.stream().map(DeadlineRow::milestoneId).toList());
        }
        assertThat(body(get("/api/v1/compliance?plan=" + planId + "&organisation=R4V", token))
                .get("milestones").asLong()).isEqualTo(1);
        // the demo plan, with the dashboard's filters
        Plan first = planService.all().get(0);
        JsonNode all = body(get("/api/v1/compliance?plan=" + first.getId(), token));
        assertThat(all.get("milestones").asLong()).isEqualTo(compliance.total(ComplianceFilter.plan(first.getId())).milestones());
    }

    @Test
    void badInputIsAProblemDetailNamingTheFieldsAtFault() throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String task = "/api/v1/tasks/" + r4vWork;

        assertThat(problem(write("POST", task + "/deadline-change", r4v,
                "{\"dueDate\":\"2026-13-45\",\"reason\":\"Later\"}"), 400)).containsExactly("dueDate");
        assertThat(problem(write("POST", task + "/deadline-change", r4v,
                "{\"dueDate\":\"2001-01-01\",\"reason\":\"Earlier\"}"), 400)).containsExactly("dueDate");
        assertThat(problem(write("PUT", task + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":\"lots\"}"), 400)).containsExactly("progress");
        assertThat(problem(write("PUT", task + "/report", r4v,
                "{\"status\":\"SIDEWAYS\",\"progress\":10}"), 400)).containsExactly("status");
        assertThat(problem(write("PUT", task + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":1000}"), 400)).containsExactly("progress");
        assertThat(problem(write("PUT", task + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":10,\"note\":\"" + "x".repeat(5000) + "\"}"), 400))
                .containsExactly("note");
        assertThat(problem(write("PUT", task + "/report", r4v, "{not json"), 400)).containsExactly("body");
        assertThat(problem(write("POST", task + "/evidence/links", r4v,
                "{\"url\":\"ftp://example.org/x\"}"), 400)).containsExactly("url");
        assertThat(problem(get("/api/v1/plans?size=1000", r4v), 400)).containsExactly("size");
        assertThat(problem(get("/api/v1/plans?page=abc", r4v), 400)).containsExactly("page");
        assertThat(problem(get("/api/v1/plans?page=-1&size=0", r4v), 400)).containsExactlyInAnyOrder("page", "size");
        assertThat(problem(get("/api/v1/recommendations/abc", r4v), 400)).containsExactly("recommendationId");
        assertThat(problem(get("/api/v1/recommendations/99999999999999999999", r4v), 400))
                .containsExactly("recommendationId");
        assertThat(problem(get("/api/v1/compliance?level=SIDEWAYS&country=ZZ", r4v), 400))
                .containsExactlyInAnyOrder("level", "country");
        problem(get("/api/v1/recommendations/987654321", r4v), 404);
        problem(get("/api/v1/milestones/987654321", r4v), 404);
        problem(get("/api/v1/plans/987654321", r4v), 404);
        problem(get("/api/v1/tasks/no-such-task", r4v), 404);
        problem(write("PUT", "/api/v1/tasks/no-such-task/report", r4v, "{\"status\":\"DONE\",\"progress\":100}"), 404);

        // the Spanish texts when asked for
        HttpResponse<String> spanish = send(HttpRequest.newBuilder(uri("/api/v1/plans?size=0"))
                .header("Authorization", "Bearer " + r4v.secret()).header("Accept-Language", "es"));
        assertThat(body(spanish).get("errors").get(0).get("message").asText()).contains("tamaño de página");

        MilestoneReport unchanged = reportOf(r4vMilestone);
        assertThat(unchanged.status()).isEqualTo(ReportedStatus.NOT_STARTED);
        assertThat(unchanged.progress()).isZero();
    }

    @Test
    void aMemberVotesWithItsTokenAsOnTheApprovalsCardOnceAndNobodyElseCastsItsVote() throws Exception {
        Long proposed = fixtures.newRecommendation("A vote through the API");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(proposed);
        tasks.proposeResponse(fixtures.taskOf("secretariat", proposed, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026-H2");
        String ochaVote = fixtures.taskOf("wg.ocha", proposed, WorkItemKind.CAST_VOTE);
        fixtures.signOut();
        NewToken ocha = token("wg.ocha", TokenKind.API);
        String path = "/api/v1/tasks/" + ochaVote + "/vote";

        problem(write("POST", path, token("wg.unhcr", TokenKind.API), "{\"choice\":\"APPROVE\"}"), 403);
        assertThat(problem(write("POST", path, ocha, "{\"reason\":\"\"}"), 400)).containsExactly("choice");
        assertThat(problem(write("POST", path, ocha, "{\"choice\":\"REJECT\",\"reason\":\" \"}"), 400))
                .containsExactly("reason");
        assertThat(fixtures.findTask("wg.ocha", proposed, WorkItemKind.CAST_VOTE)).contains(ochaVote);

        HttpResponse<String> cast = write("POST", path, ocha, "{\"choice\":\"APPROVE\"}");
        assertThat(cast.statusCode()).as(cast.body()).isEqualTo(204);
        problem(write("POST", path, ocha, "{\"choice\":\"APPROVE\"}"), 404);

        assertThat(fixtures.findTask("wg.ocha", proposed, WorkItemKind.CAST_VOTE)).isEmpty();
        fixtures.signIn("secretariat");
        assertThat(recommendations.details(proposed).history()).extracting(AuditEntry::action).contains("VOTE_CAST");
        assertThat(audit.historyOf(ApiTokenService.AUDIT_SUBJECT, ocha.token().id())).extracting(AuditEntry::action)
                .containsExactly("TOKEN_CREATED", "API_VOTE_CAST");
        fixtures.signOut();
    }

    @Test
    void aConflictIsA409() throws Exception {
        approvedPlanLedByR4v();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String path = "/api/v1/tasks/" + r4vWork + "/deadline-change";
        String later = "{\"dueDate\":\"" + fixtures.todayInPanama().plusDays(90) + "\",\"reason\":\"Partners join late\"}";
        assertThat(write("POST", path, r4v, later).statusCode()).isEqualTo(202);
        problem(write("POST", path, r4v, later), 409);
    }

    @Test
    void everyListIsPaged() throws Exception {
        NewToken token = token("wg.ifrc", TokenKind.API);
        Plan first = planService.all().get(0);
        int all = recommendations.list(first.getId()).size();
        JsonNode page = body(get("/api/v1/plans/" + first.getId() + "/recommendations?page=1&size=5", token));
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("total").asInt()).isEqualTo(all);
        assertThat(page.get("totalPages").asInt()).isEqualTo((all + 4) / 5);
        assertThat(page.get("items")).hasSize(Math.min(5, Math.max(0, all - 5)));
        assertThat(page.get("items").get(0).get("code").asText())
                .isEqualTo(recommendations.list(first.getId()).get(5).code());
        JsonNode plansPage = body(get("/api/v1/plans?size=1", token));
        assertThat(plansPage.get("items")).hasSize(1);
        assertThat(plansPage.get("total").asInt()).isEqualTo(planService.all().size());
        JsonNode beyond = body(get("/api/v1/plans?page=5000&size=100", token));
        assertThat(beyond.get("items")).isEmpty();
        for (String list : List.of("/api/v1/tasks", "/api/v1/compliance/overdue", "/api/v1/compliance/due-soon",
                "/api/v1/compliance/recommendations", "/api/v1/recommendations/"
                        + recommendations.list(first.getId()).get(0).id() + "/milestones")) {
            JsonNode listed = body(get(list + (list.contains("?") ? "&" : "?") + "size=2", token));
            assertThat(listed.get("size").asInt()).as(list).isEqualTo(2);
            assertThat(listed.get("items").size()).as(list).isLessThanOrEqualTo(2);
            assertThat(listed.has("total")).as(list).isTrue();
        }
    }

    @Test
    void aCookieSessionKeepsCsrfWhileATokenRequestNeedsNone() throws Exception {
        approvedPlanLedByR4v();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        String form = "username=agency.r4v&password=" + URLEncoder.encode("Tracker-demo-1", StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        // the session reads the API and its documentation
        HttpResponse<String> plansBySession = browser.send(HttpRequest.newBuilder(uri("/api/v1/plans")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plansBySession.statusCode()).isEqualTo(200);
        HttpResponse<String> docs = browser.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/tasks/{taskId}/report", "bearer");
        HttpResponse<String> swagger = browser.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui").doesNotContain("cdn");

        // a change through the session without a CSRF token is refused
        String link = "{\"url\":\"https://example.org/forged\"}";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + r4vWork + "/evidence/links"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reportOf(r4vMilestone).evidenceCount()).isZero();

        // the same change with a token (no cookie, no CSRF token) goes through
        NewToken r4v = token("agency.r4v", TokenKind.API);
        assertThat(write("POST", "/api/v1/tasks/" + r4vWork + "/evidence/links", r4v, link).statusCode()).isEqualTo(201);
        assertThat(reportOf(r4vMilestone).evidenceCount()).isEqualTo(1);
    }
}
