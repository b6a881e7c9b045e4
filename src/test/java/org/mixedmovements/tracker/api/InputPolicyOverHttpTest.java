package org.mixedmovements.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.PublicAddress;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The input policy and the refusal format over real HTTP (issue 22): a fraction where a whole number belongs, a due
 * date in the year 10000 and control characters in a note are refused naming the field, in the caller's language;
 * 401, 405, 413 and 415 are problem details like every other refusal; the calendar feed's links come from
 * {@code tracker.base-url}, whatever {@code Host} the request names, and a feed request creates no session.
 */
@TrackerTest
class InputPolicyOverHttpTest extends ApiOverHttp {

    @Autowired MyTaskService tasks;
    @Autowired ImplementationPlanService plans;
    @Autowired PublicAddress address;

    String r4vWork;
    Long r4vMilestone;
    Long recommendation;

    void r4vMilestoneInForce() {
        recommendation = fixtures.newRecommendation("Input policy over HTTP");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Platform maps its partners", "R4V", 40, false));
        r4vWork = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        r4vMilestone = tasks.task(r4vWork).milestoneId();
        fixtures.signOut();
    }

    /** A write with the token (and, with one, the milestone's current version in If-Match, as a client sends it). */
    HttpResponse<String> write(String method, String path, NewToken token, String body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.secret()).header("If-Match", version(token));
        }
        return send(request);
    }

    /** The ETag of the task's milestone as a client reads it before a write. */
    String version(NewToken token) throws IOException, InterruptedException {
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + r4vWork + "/report"))
                .header("Authorization", "Bearer " + token.secret()).GET());
        return read.headers().firstValue("ETag").orElseThrow();
    }

    /** The response is a problem detail of that status; returns its errors as "field: message". */
    List<String> problem(HttpResponse<String> response, int status) throws IOException {
        JsonNode problem = problemDetail(response, status);
        assertThat(problem.get("detail").asText()).doesNotStartWith("!");
        List<String> errors = new ArrayList<>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
        }
        return errors;
    }

    MilestoneReport report() {
        fixtures.signIn("secretariat");
        try {
            return plans.currentReport(r4vMilestone);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aProgressWithAFractionIsRefusedNamingTheFieldInsteadOfBeingCutToAWholeNumber() throws Exception {
        r4vMilestoneInForce();
        NewToken r4v = token("agency.r4v", TokenKind.API);

        List<String> errors = problem(write("PUT", "/api/v1/tasks/" + r4vWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":50.7}", "es"), 400);

        assertThat(errors).singleElement().asString().startsWith("progress: ").contains("(50.7)", "número entero");
        assertThat(report().progress()).isZero();
        assertThat(write("PUT", "/api/v1/tasks/" + r4vWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":50}", "en").statusCode()).isEqualTo(200);
        assertThat(report().progress()).isEqualTo(50);
    }

    @Test
    void aDueDateBeyondTheDocumentedRangeIsRefusedOnTheApiAsOnTheForms() throws Exception {
        r4vMilestoneInForce();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String path = "/api/v1/tasks/" + r4vWork + "/deadline-change";

        assertThat(problem(write("POST", path, r4v, "{\"dueDate\":\"+10000-01-01\",\"reason\":\"Much later\"}", "en"), 400))
                .containsExactly("dueDate: A date from 2000-01-01 to 2100-12-31.");
        assertThat(problem(write("POST", path, r4v, "{\"dueDate\":\"2101-01-01\",\"reason\":\"Later\"}", "es"), 400))
                .containsExactly("dueDate: Una fecha de 2000-01-01 a 2100-12-31.");
        // the last day of the range is accepted
        assertThat(write("POST", path, r4v, "{\"dueDate\":\"2100-12-31\",\"reason\":\"Later\"}", "en").statusCode())
                .isEqualTo(202);
    }

    @Test
    void controlCharactersInANoteAreRefusedAndNothingIsStored() throws Exception {
        r4vMilestoneInForce();
        NewToken r4v = token("agency.r4v", TokenKind.API);

        assertThat(problem(write("PUT", "/api/v1/tasks/" + r4vWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":10,\"note\":\"Mapped\\u0000 partners\"}", "en"), 400))
                .singleElement().asString().startsWith("note: Control characters");
        assertThat(problem(write("POST", "/api/v1/tasks/" + r4vWork + "/evidence/links", r4v,
                "{\"url\":\"https://example.org/map\",\"note\":\"The\\u001b[2J map\"}", "en"), 400))
                .singleElement().asString().startsWith("note: ");
        MilestoneReport unchanged = report();
        assertThat(unchanged.progress()).isZero();
        assertThat(unchanged.evidenceCount()).isZero();
        // tabs and line breaks are text, and a decomposed accent is stored composed (NFC)
        assertThat(write("PUT", "/api/v1/tasks/" + r4vWork + "/report", r4v,
                "{\"status\":\"IN_PROGRESS\",\"progress\":10,\"note\":\"Line one\\r\\n\\tMigracio\\u0301n\"}", "en")
                .statusCode()).isEqualTo(200);
        assertThat(report().note()).isEqualTo("Line one\n\tMigración");
    }

    @Test
    void anUnauthenticatedChangeIs401AsTheDocsSayNot403() throws Exception {
        r4vMilestoneInForce();
        List<String> none = problem(write("PUT", "/api/v1/tasks/" + r4vWork + "/report", null,
                "{\"status\":\"DONE\",\"progress\":100}", "es"), 401);
        assertThat(none).isEmpty();
        HttpResponse<String> post = write("POST", "/api/v1/tasks/" + r4vWork + "/evidence/links", null,
                "{\"url\":\"https://example.org/x\"}", "en");
        problem(post, 401);
        assertThat(post.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(report().status()).isEqualTo(ReportedStatus.NOT_STARTED);
    }

    @Test
    void aBodyOfAnotherTypeAMethodNotAnsweredAndAnUnknownPathAreProblemDetailsInTheCallersLanguage() throws Exception {
        r4vMilestoneInForce();
        NewToken r4v = token("agency.r4v", TokenKind.API);

        HttpResponse<String> text = send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + r4vWork + "/deadline-change"))
                .header("Authorization", "Bearer " + r4v.secret()).header("Content-Type", "text/plain")
                .header("If-Match", version(r4v))
                .header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofString("2030-01-01")));
        problem(text, 415);
        assertThat(json.readTree(text.body()).get("detail").asText()).contains("text/plain", "application/json")
                .contains("no se acepta");

        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + r4vWork + "/report"))
                .header("Authorization", "Bearer " + r4v.secret()).DELETE());
        problem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("PUT"));

        // an unknown address is a 404 problem, never the application's HTML page
        problem(send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + r4v.secret()).GET()), 404);
        problem(send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + r4v.secret()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 405);
    }

    @Test
    void anUploadOverTheRequestLimitIsA413ProblemDetail() throws Exception {
        r4vMilestoneInForce();
        NewToken r4v = token("agency.r4v", TokenKind.API);
        String boundary = "----tracker" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 13 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'x');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + r4vWork + "/evidence/files"))
                .header("Authorization", "Bearer " + r4v.secret())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "es").header("If-Match", version(r4v))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        problem(tooLarge, 413);
        assertThat(json.readTree(tooLarge.body()).get("detail").asText()).contains("demasiado grande");
        assertThat(report().evidenceCount()).isZero();
    }

    @Test
    void theFeedsLinksComeFromTheConfiguredAddressNotTheRequestsHostAndAFeedRequestCreatesNoSession()
            throws Exception {
        r4vMilestoneInForce();
        NewToken feed = token("agency.r4v", TokenKind.CALENDAR_ORGANISATION);

        String raw = rawGet("/calendar/" + feed.secret() + ".ics", "evil.example");

        String head = raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(head).startsWith("http/1.1 200").doesNotContain("set-cookie");
        String ics = raw.replace("\r\n ", "");
        assertThat(ics).contains("URL:" + address.base() + "/recommendations/" + recommendation)
                .doesNotContain("evil.example");
        // nor does an API request with a token
        NewToken api = token("agency.r4v", TokenKind.API);
        HttpResponse<String> plansRead = send(HttpRequest.newBuilder(uri("/api/v1/plans"))
                .header("Authorization", "Bearer " + api.secret()).GET());
        assertThat(plansRead.statusCode()).isEqualTo(200);
        assertThat(plansRead.headers().allValues("Set-Cookie")).isEmpty();
        // the mails' links come from the same address
        assertThat(address.of("inbox")).isEqualTo(address.base() + "/inbox");
    }

    /** A GET over a plain socket, so the request may name any Host (Java's HTTP client will not send another). */
    String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
