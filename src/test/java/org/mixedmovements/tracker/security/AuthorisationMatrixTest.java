package org.mixedmovements.tracker.security;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.SecondFactorService;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.approval.ApprovalService;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.ActionPointDraft;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.meeting.MeetingSchedule;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.task.OrganisationWorkService;
import org.mixedmovements.tracker.notification.InboxService;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.oversight.OperationsAdministration;
import org.mixedmovements.tracker.planimport.ImportFile;
import org.mixedmovements.tracker.planimport.ImportProgress;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.PlanSettingsAdministration;
import org.mixedmovements.tracker.progressreport.ProgressReportDraft;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.mixedmovements.tracker.publication.PublicationService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open which view and call which state-changing service, as one readable table per kind of entry point, for
 * every role (secretariat, chair, working-group member, agency focal point of the owner organisation and of another
 * one, administrator, anonymous). The lists of views and of entry points are read from the code, so a new view or a
 * new state-changing service method called from a view fails this test until it has its row.
 *
 * <p>Outcomes: {@code open}/{@code -} for views (Vaadin's own access check on the view's annotations);
 * {@code pass}/{@code DENY} for services, where {@code DENY} is a {@link NotPermittedException} and {@code pass} means
 * the permission checks let the call through (each call is made with input that then fails validation or names
 * nothing, so the matrix changes no data). "Own" and "other" organisation: the milestone task belongs to R4V,
 * {@code agency.r4v} is its focal point, {@code agency.ibchm} another agency's; the vote is OCHA's seat's
 * ({@code wg.ocha}), so the chair (IOM) cannot cast it.
 *
 * <p>The REST API ({@code /api/v1}, its own filter chain) adds its endpoints as a third table here, with the same
 * columns, checked over HTTP with {@link Http} (the lead's hook: {@code API_MATRIX} below).
 */
@TrackerTest
class AuthorisationMatrixTest {

    /** The columns: who acts. {@code anonymous} is nobody signed in. */
    static final List<String> ACTORS = List.of("secretariat", "chair", "wg.ocha", "agency.r4v", "agency.ibchm", "admin",
            "anonymous");

    static final String VIEW_MATRIX = """
            view                | secretariat | chair | wg.ocha | agency.r4v | agency.ibchm | admin | anonymous
            login               | open        | open  | open    | open       | open         | open  | open
            login/ott           | open        | open  | open    | open       | open         | open  | open
            account             | open        | open  | open    | open       | open         | open  | -
            (home)              | open        | open  | open    | open       | open         | open  | -
            dashboard           | open        | open  | open    | open       | open         | open  | -
            timeline            | open        | open  | open    | open       | open         | open  | -
            recommendations     | open        | open  | open    | open       | open         | open  | -
            search              | open        | open  | open    | open       | open         | open  | -
            tasks               | open        | open  | open    | open       | open         | open  | -
            approvals           | open        | open  | open    | -          | -            | -     | -
            milestones          | open        | open  | open    | -          | -            | -     | -
            meetings            | open        | open  | open    | -          | -            | -     | -
            admin/plan-settings | open        | -     | -       | -          | -            | open  | -
            admin/users         | -           | -     | -       | -          | -            | open  | -
            admin/organisations | -           | -     | -       | -          | -            | open  | -
            admin/countries     | -           | -     | -       | -          | -            | open  | -
            admin/working-group | -           | -     | -       | -          | -            | open  | -
            admin/mail          | -           | -     | -       | -          | -            | open  | -
            admin/operations    | -           | -     | -       | -          | -            | open  | -
            audit               | open        | open  | open    | open       | open         | open  | -
            admin/import        | open        | -     | -       | -          | -            | open  | -
            inbox               | open        | open  | open    | open       | open         | open  | -
            tokens              | open        | open  | open    | open       | open         | open  | -
            second-factor       | -           | -     | -       | -          | -            | -     | -
            publication         | open        | -     | -       | -          | -            | open  | -
            """;

    static final String SERVICE_MATRIX = """
            entry point                                    | secretariat | chair | wg.ocha | agency.r4v | agency.ibchm | admin | anonymous
            UserAdministration.create                      | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            UserAdministration.change                      | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            UserAdministration.setEnabled                  | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            UserAdministration.resetPassword               | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            SecondFactorService.reset                      | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            SecondFactorService.startEnrolment             | DENY        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            SecondFactorService.verify                     | DENY        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MyAccountService.changePassword                      | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            MyAccountService.setNewPassword                      | DENY        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MyAccountService.signOutEverywhere                   | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            OrganisationAdministration.createOrganisation  | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.changeOrganisation  | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.addCountry          | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.renameCountry       | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.join                | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.setVoting           | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.moveChair           | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OrganisationAdministration.leave               | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            PlanSettingsAdministration.change              | pass        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            MeetingService.record                          | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.schedule                | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.reschedule              | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.cancel                  | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.addItem                 | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.removeItem              | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingScheduleService.moveItem                | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingRoomService.recordAttendance            | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingRoomService.recordOutcome               | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingRoomService.recordVotes                 | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingRoomService.addActionPoint              | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MeetingRoomService.close                       | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            OrganisationWorkService.markDone               | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            RecommendationService.putOnAgenda              | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            ContentTranslationService.translate            | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            CommentService.add                             | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            AssignmentService.reassignOwner                | pass        | pass  | DENY    | DENY       | DENY         | DENY  | DENY
            AssignmentService.assignTask                   | pass        | pass  | DENY    | DENY       | DENY         | DENY  | DENY
            MyTaskService.proposeResponse                  | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MyTaskService.vote                             | DENY        | DENY  | pass    | DENY       | DENY         | DENY  | DENY
            MyTaskService.nameLead                         | pass        | DENY  | DENY    | DENY       | DENY         | DENY  | DENY
            MyTaskService.submitImplementationPlan         | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.claim                            | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.release                          | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.reportMilestone                  | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.attachFile                       | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.attachLink                       | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.requestDeadlineChange            | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.recordConsensus                  | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.finalReview                      | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.resolveMissingQuorum             | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            MyTaskService.submitProgressReport             | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | DENY
            ApprovalService.nudge                          | pass        | pass  | DENY    | DENY       | DENY         | DENY  | DENY
            MailDeliveryAdministration.sendAgain           | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            OperationsAdministration.retry                 | DENY        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            PlanImportService.importFile                   | pass        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            InboxService.markRead                          | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            InboxService.markAllRead                       | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            NotificationPreferenceService.setMine          | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            NotificationPreferenceService.setMyTimeZone    | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            ApiTokenService.create                         | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            ApiTokenService.revoke                         | pass        | pass  | pass    | pass       | pass         | pass  | DENY
            PublicationService.publishPlan                 | pass        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            PublicationService.showVotes                   | pass        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            PublicationService.publishRecommendation       | pass        | DENY  | DENY    | DENY       | DENY         | pass  | DENY
            """;

    /**
     * The REST API over HTTP with each actor's own API token: {@code ok} (2xx), {@code pass} (let through, then refused
     * as invalid input, 400), {@code DENY} (403), {@code 401} (no token). Every write is sent with invalid input, so the
     * matrix changes no data. The task is R4V's milestone work, as above. A write without a token or a session is
     * refused by the CSRF check before anything else, and answered 401 as the docs say, not 403 (issue 22).
     */
    static final String API_MATRIX = """
            endpoint                                          | secretariat | chair | wg.ocha | agency.r4v | agency.ibchm | admin | anonymous
            GET /api/v1/plans                                 | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/plans/{planId}                        | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/plans/{planId}/recommendations        | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/recommendations/{recommendationId}    | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/recommendations/{recommendationId}/milestones | ok  | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/milestones/{milestoneId}              | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/compliance                            | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/compliance/recommendations            | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/compliance/overdue                    | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/compliance/due-soon                   | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/tasks                                 | ok          | ok    | ok      | ok         | ok           | ok    | 401
            GET /api/v1/tasks/{taskId}                        | DENY        | DENY  | DENY    | ok         | DENY         | DENY  | 401
            GET /api/v1/tasks/{taskId}/report                 | DENY        | DENY  | DENY    | ok         | DENY         | DENY  | 401
            GET /api/v1/tasks/{taskId}/evidence               | DENY        | DENY  | DENY    | ok         | DENY         | DENY  | 401
            PUT /api/v1/tasks/{taskId}/report                 | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | 401
            POST /api/v1/tasks/{taskId}/evidence/files        | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | 401
            POST /api/v1/tasks/{taskId}/evidence/links        | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | 401
            POST /api/v1/tasks/{taskId}/deadline-change       | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | 401
            POST /api/v1/tasks/{taskId}/vote                  | DENY        | DENY  | DENY    | pass       | DENY         | DENY  | 401
            """;

    /**
     * The sign-in endpoints of issue 17 over HTTP, for nobody signed in and for an administrator between password and
     * code: {@code provider} (sent to the identity provider), {@code login} (sent to the login page), {@code code}
     * (sent to the second-factor page), {@code open}. Single sign-on's two endpoints are the only new ones anyone may
     * reach; an administrator with only a password reaches nothing but the second-factor page.
     */
    static final String SIGN_IN_MATRIX = """
            endpoint                            | anonymous | password-only admin
            GET /oauth2/authorization/test-idp  | provider  | provider
            GET /login/oauth2/code/test-idp     | login     | login
            GET /second-factor                  | login     | open
            GET /dashboard                      | login     | code
            GET /admin/users                    | login     | code
            GET /admin/operations               | login     | code
            """;

    /**
     * What an anonymous visitor may open (issue 21): the public progress page, its open data and its style sheet, only
     * to read. Every other address the controllers map (the API, the calendar feeds, the API's documentation) answers
     * them 401, 403 or the way to the login, as the views do (VIEW_MATRIX); a write to a public address is refused.
     */
    static final Set<String> ANONYMOUS_PATHS = Set.of("GET /public", "GET /public/", "GET /public/plans/{code}",
            "GET /public/plans/{code}/data.csv", "GET /public/plans/{code}/data.json", "GET /public/public.css",
            "GET /public/**");

    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;
    @Autowired SecondFactorService secondFactors;
    @Autowired org.mixedmovements.tracker.account.MyAccountService ownAccount;
    @Autowired OrganisationAdministration organisations;
    @Autowired PlanSettingsAdministration planSettings;
    @Autowired ApprovalService approvals;
    @Autowired org.mixedmovements.tracker.notification.MailDeliveryAdministration mailDelivery;
    @Autowired MeetingService meetings;
    @Autowired MeetingScheduleService meetingSchedule;
    @Autowired MeetingRoomService meetingRoom;
    @Autowired OrganisationWorkService organisationWork;
    @Autowired OperationsAdministration operations;
    @Autowired RecommendationService recommendations;
    @Autowired CommentService comments;
    @Autowired ContentTranslationService contentTranslations;
    @Autowired AssignmentService assignment;
    @Autowired MyTaskService tasks;
    @Autowired PlanImportService importer;
    @Autowired InboxService inbox;
    @Autowired NotificationPreferenceService preferences;
    @Autowired ApiTokenService apiTokens;
    @Autowired PublicationService publication;
    @Autowired org.mixedmovements.tracker.plan.PlanService plans;

    @Autowired RequestMappingHandlerMapping requestMappingHandlerMapping;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void everyViewDeclaresWhoMayOpenItAndTheTableSaysWho() {
        List<Class<?>> views = Views.all();
        assertThat(views).as("views without @RolesAllowed, @PermitAll or @AnonymousAllowed (closed by default, "
                + "but say so)").allMatch(v -> v.isAnnotationPresent(RolesAllowed.class)
                || v.isAnnotationPresent(PermitAll.class) || v.isAnnotationPresent(AnonymousAllowed.class)
                || v.isAnnotationPresent(DenyAll.class));

        Map<String, Map<String, String>> expected = table(VIEW_MATRIX);
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (Class<?> view : views) {
            String route = Views.path(view).substring(1);
            Map<String, String> row = new LinkedHashMap<>();
            for (String actor : ACTORS) {
                Principal principal = principal(actor);
                TrackerUser user = principal == null ? null : (TrackerUser) ((UsernamePasswordAuthenticationToken) principal).getPrincipal();
                boolean open = checker.hasAccess(view, principal,
                        role -> user != null && user.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
                row.put(actor, open ? "open" : "-");
            }
            actual.merge(route.isEmpty() ? "(home)" : route, row, (a, b) -> {
                assertThat(b).as("two views at " + route + " must agree").isEqualTo(a);
                return a;
            });
        }
        assertThat(actual.keySet()).as("views in the code vs rows of VIEW_MATRIX")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(render(actual)).isEqualTo(render(expected));
    }

    @Test
    void everyStateChangingServiceCalledFromAViewChecksWhoCallsIt() {
        Set<String> entryPoints = entryPointsCalledFromViews();
        Map<String, Map<String, String>> expected = table(SERVICE_MATRIX);
        assertThat(expected.keySet()).as("state-changing services called from views vs rows of SERVICE_MATRIX")
                .containsExactlyInAnyOrderElementsOf(entryPoints);

        Scenario scenario = new Scenario();
        Map<String, Call> calls = calls(scenario);
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (String entryPoint : expected.keySet()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String actor : ACTORS) {
                row.put(actor, outcome(actor, calls.get(entryPoint)));
            }
            actual.put(entryPoint, row);
        }
        assertThat(render(actual)).isEqualTo(render(expected));
    }

    @Test
    void everyApiEndpointAnswersEachActorAsTheTableSays() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        requestMappingHandlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + path))));
        Map<String, Map<String, String>> expected = table(API_MATRIX);
        assertThat(expected.keySet()).as("endpoints under /api/v1 vs rows of API_MATRIX")
                .containsExactlyInAnyOrderElementsOf(endpoints);

        Scenario scenario = new Scenario();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String actor : ACTORS) {
            if (!actor.equals("anonymous")) {
                fixtures.signIn(actor);
                tokens.put(actor, apiTokens.create(TokenKind.API, "matrix " + actor).secret());
                fixtures.signOut();
            }
        }
        Long recommendation = scenario.workingRecommendation;
        String plans = api(tokens.get("secretariat"), "GET", "/api/v1/plans", null, null).body();
        String milestones = api(tokens.get("secretariat"), "GET",
                "/api/v1/recommendations/" + recommendation + "/milestones", null, null).body();
        Map<String, String> ids = Map.of("{planId}", firstId(plans), "{recommendationId}", recommendation.toString(),
                "{milestoneId}", firstId(milestones), "{taskId}", scenario.r4vWork);

        // every write names the version of R4V's milestone as its owner reads it (If-Match), as a client must
        String etag = api(tokens.get("agency.r4v"), "GET", "/api/v1/tasks/" + scenario.r4vWork, null, null)
                .headers().firstValue("ETag").orElseThrow();

        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (String endpoint : expected.keySet()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            if (path.equals("/api/v1/compliance") || path.startsWith("/api/v1/compliance/")) {
                path += "?plan=" + ids.get("{planId}");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (String actor : ACTORS) {
                int status = invalidWrite(tokens.get(actor), method, path, etag).statusCode();
                row.put(actor, switch (status) {
                    case 200, 201, 202, 204 -> "ok";
                    case 400 -> "pass";
                    case 401 -> "401";
                    case 403 -> "DENY";
                    default -> String.valueOf(status);
                });
            }
            actual.put(endpoint, row);
        }
        assertThat(render(actual)).isEqualTo(render(expected));
    }

    @Test
    void theSignInEndpointsAreTheOnlyNewOnesOpenToAnybodyAndAPasswordAloneOpensNoAdministration() throws Exception {
        Map<String, Map<String, String>> expected = anyTable(SIGN_IN_MATRIX);
        Http anonymous = new Http(port);
        Http passwordOnly = new Http(port);
        assertThat(Http.location(passwordOnly.login("admin", "Tracker-demo-1"))).doesNotContain("error");
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (String endpoint : expected.keySet()) {
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("anonymous", signInOutcome(anonymous.getPage(path)));
            row.put("password-only admin", signInOutcome(passwordOnly.getPage(path)));
            actual.put(endpoint, row);
        }
        assertThat(render(actual)).isEqualTo(render(expected));
    }

    private static String signInOutcome(HttpResponse<String> response) {
        String location = Http.location(response);
        if (response.statusCode() == 200) {
            return "open";
        }
        if (response.statusCode() != 302) {
            return String.valueOf(response.statusCode());
        }
        return location.startsWith("http://127.0.0.1:39726/") ? "provider"
                : location.contains("/second-factor") ? "code"
                : location.contains("/login") ? "login" : location;
    }

    @Test
    void onlyThePublicPagesAnswerAnAnonymousVisitorAndOnlyToRead() throws Exception {
        Long recommendation = fixtures.newRecommendation("Matrix: on the public page");
        Long planId = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        publication.publishPlan(planId, true);
        publication.publishRecommendation(recommendation, true);
        fixtures.signOut();
        String code = plans.get(planId).getCode();

        Set<String> mapped = new TreeSet<>();
        requestMappingHandlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
                .forEach(path -> {
                    Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                            info.getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        mapped.add("ANY " + path);
                    }
                    methods.forEach(method -> mapped.add(method.name() + " " + path));
                }));
        assertThat(mapped).containsAll(ANONYMOUS_PATHS);

        Set<String> open = new TreeSet<>();
        for (String endpoint : mapped) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{code}", code)
                    .replace("/**", "/anything").replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> answer = api(null, method.equals("ANY") ? "GET" : method, path, null, null);
            int status = answer.statusCode();
            if (status < 300 || (path.startsWith("/public/") && status == 404)) {
                open.add(endpoint);
            } else if (status == 302) {
                assertThat(answer.headers().firstValue("Location").orElse("")).as(endpoint).contains("/login");
            } else {
                assertThat(status).as(endpoint + " for nobody signed in").isIn(401, 403, 405);
            }
        }
        assertThat(open).as("addresses an anonymous visitor can read").isEqualTo(new TreeSet<>(ANONYMOUS_PATHS));

        for (String write : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String path : List.of("/public", "/public/plans/" + code, "/public/plans/" + code + "/data.json")) {
                assertThat(api(null, write, path, null, null).statusCode()).as(write + " " + path).isEqualTo(405);
            }
        }
    }

    /** A request with invalid input for a write (progress 500, an .exe file, a javascript: link, an empty reason). */
    private HttpResponse<String> invalidWrite(String token, String method, String path, String etag) throws Exception {
        if (method.equals("GET")) {
            return api(token, method, path, null, null);
        }
        return apiWith(token, method, path, etag, invalidBody(path));
    }

    private static String[] invalidBody(String path) {
        if (path.endsWith("/evidence/files")) {
            String boundary = "matrix-boundary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run-me.exe\""
                    + "\r\nContent-Type: application/x-msdownload\r\n\r\nMZ\r\n--" + boundary + "--\r\n";
            return new String[] {"multipart/form-data; boundary=" + boundary, body};
        }
        String body = path.endsWith("/report") ? "{\"status\":\"IN_PROGRESS\",\"progress\":500,\"note\":\"\"}"
                : path.endsWith("/links") ? "{\"url\":\"javascript:alert(1)\"}"
                : path.endsWith("/vote") ? "{\"reason\":\"\"}"
                : "{\"dueDate\":\"2000-01-01\",\"reason\":\"\"}";
        return new String[] {"application/json", body};
    }

    private HttpResponse<String> api(String token, String method, String path, String contentType, String body)
            throws Exception {
        return apiWith(token, method, path, null, contentType == null ? null : new String[] {contentType, body});
    }

    private HttpResponse<String> apiWith(String token, String method, String path, String ifMatch, String[] typedBody)
            throws Exception {
        String contentType = typedBody == null ? null : typedBody[0];
        String body = typedBody == null ? null : typedBody[1];
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(id.find()).as("an id in " + json).isTrue();
        return id.group(1);
    }

    /** Task ids of a few recommendations at different steps, made through the application's services. */
    final class Scenario {
        final Long workingRecommendation;
        final String r4vWork;
        final String proposeResponse;
        final String vote;
        final String nameLead;
        final String draftPlan;

        Scenario() {
            Long working = fixtures.newRecommendation("Matrix: milestone work");
            fixtures.adopt(working, "R4V");
            tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", working, WorkItemKind.DRAFT_PLAN),
                    List.of(fixtures.milestone("R4V maps its partners", "R4V", 40, false)));
            fixtures.everyMemberVotes(working, VoteChoice.APPROVE);
            r4vWork = fixtures.taskOf("agency.r4v", working, WorkItemKind.WORK_ON_MILESTONE);
            workingRecommendation = working;

            Long agenda = fixtures.newRecommendation("Matrix: on the agenda");
            fixtures.signIn("secretariat");
            recommendations.putOnAgenda(agenda);
            proposeResponse = fixtures.taskOf("secretariat", agenda, WorkItemKind.PROPOSE_RESPONSE);

            Long voting = fixtures.newRecommendation("Matrix: voting");
            fixtures.signIn("secretariat");
            recommendations.putOnAgenda(voting);
            tasks.proposeResponse(fixtures.taskOf("secretariat", voting, WorkItemKind.PROPOSE_RESPONSE),
                    GroupResponse.ACCEPTED, null, "2026-H1");
            vote = fixtures.taskOf("wg.ocha", voting, WorkItemKind.CAST_VOTE);

            Long naming = fixtures.newRecommendation("Matrix: naming the lead");
            fixtures.signIn("secretariat");
            recommendations.putOnAgenda(naming);
            tasks.proposeResponse(fixtures.taskOf("secretariat", naming, WorkItemKind.PROPOSE_RESPONSE),
                    GroupResponse.ACCEPTED, null, "2026-H1");
            fixtures.everyMemberVotes(naming, VoteChoice.APPROVE);
            nameLead = fixtures.taskOf("secretariat", naming, WorkItemKind.NAME_LEAD);

            Long drafting = fixtures.newRecommendation("Matrix: drafting");
            fixtures.adopt(drafting, "R4V");
            draftPlan = fixtures.taskOf("agency.r4v", drafting, WorkItemKind.DRAFT_PLAN);
            fixtures.signOut();
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /**
     * One harmless call per entry point: unknown ids, empty or invalid input, so that whoever passes the permission
     * checks is stopped by validation and nothing is written. A task id is a real task of the scenario.
     */
    Map<String, Call> calls(Scenario s) {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("UserAdministration.create", () -> users.create(new UserAdministration.NewUser("", "", null, null,
                null, null, null)));
        calls.put("UserAdministration.change", () -> users.change(-1L, new UserAdministration.UserChange("", null,
                null, null, null)));
        calls.put("UserAdministration.setEnabled", () -> users.setEnabled(-1L, false));
        calls.put("UserAdministration.resetPassword", () -> users.resetPassword(-1L, "Orchid-Lantern-4815"));
        // only an administrator between password and code may set up or type a code: nobody signed in for good
        calls.put("SecondFactorService.reset", () -> secondFactors.reset(-1L));
        calls.put("SecondFactorService.startEnrolment", () -> secondFactors.startEnrolment());
        calls.put("SecondFactorService.verify", () -> secondFactors.verify("000000"));
        // a wrong current password: refused as invalid input, nothing written
        calls.put("MyAccountService.changePassword", () -> ownAccount.changePassword("not-the-password", "", ""));
        // only a session signed in by a one-time link may set a password without the current one
        calls.put("MyAccountService.setNewPassword", () -> ownAccount.setNewPassword("", ""));
        // ends the actor's own sessions: the matrix's sessions are not HTTP sessions, so nothing else ends
        calls.put("MyAccountService.signOutEverywhere", () -> ownAccount.signOutEverywhere());
        calls.put("OrganisationAdministration.createOrganisation", () -> organisations.createOrganisation("", "", null));
        calls.put("OrganisationAdministration.changeOrganisation", () -> organisations.changeOrganisation(-1L, "", null));
        calls.put("OrganisationAdministration.addCountry", () -> organisations.addCountry("", Map.of()));
        calls.put("OrganisationAdministration.renameCountry", () -> organisations.renameCountry("QQ", Map.of()));
        calls.put("OrganisationAdministration.join", () -> organisations.join(-1L, true));
        calls.put("OrganisationAdministration.setVoting", () -> organisations.setVoting(-1L, false));
        calls.put("OrganisationAdministration.moveChair", () -> organisations.moveChair(-1L));
        calls.put("OrganisationAdministration.leave", () -> organisations.leave(-1L));
        calls.put("PlanSettingsAdministration.change", () -> planSettings.change(-1L, null));
        calls.put("MeetingService.record", () -> meetings.record(new MeetingRecord(null, null, "", List.of(), "",
                List.of())));
        MeetingSchedule nowhen = new MeetingSchedule(null, null, null, null, null, "", "", null);
        calls.put("MeetingScheduleService.schedule", () -> meetingSchedule.schedule(nowhen));
        calls.put("MeetingScheduleService.reschedule", () -> meetingSchedule.reschedule(-1L, nowhen));
        calls.put("MeetingScheduleService.cancel", () -> meetingSchedule.cancel(-1L));
        calls.put("MeetingScheduleService.addItem", () -> meetingSchedule.addItem(-1L, ""));
        calls.put("MeetingScheduleService.removeItem", () -> meetingSchedule.removeItem(-1L, -1L));
        calls.put("MeetingScheduleService.moveItem", () -> meetingSchedule.moveItem(-1L, -1L, 1));
        calls.put("MeetingRoomService.recordAttendance", () -> meetingRoom.recordAttendance(-1L, List.of()));
        calls.put("MeetingRoomService.recordOutcome", () -> meetingRoom.recordOutcome(-1L, -1L, "", null, null));
        calls.put("MeetingRoomService.recordVotes", () -> meetingRoom.recordVotes(-1L, -1L, List.of()));
        calls.put("MeetingRoomService.addActionPoint", () -> meetingRoom.addActionPoint(-1L, -1L,
                new ActionPointDraft("", null, null)));
        calls.put("MeetingRoomService.close", () -> meetingRoom.close(-1L, null));
        // any signed-in person reaches their own organisation's action points; marking another organisation's one is
        // refused by the action point itself (MeetingAgendaAndMinutesTest)
        calls.put("OrganisationWorkService.markDone", () -> organisationWork.markDone(-1L));
        calls.put("RecommendationService.putOnAgenda", () -> recommendations.putOnAgenda(-1L));
        calls.put("ContentTranslationService.translate", () -> contentTranslations.translate(-1L, Locale.FRENCH,
                List.of(new ContentTranslationService.Translation(TranslatedField.TITLE, Locale.FRENCH, "Titre")), true));
        calls.put("CommentService.add", () -> comments.add(-1L, null, "A comment on nothing"));
        calls.put("AssignmentService.reassignOwner", () -> assignment.reassignOwner(List.of(), null, ""));
        calls.put("AssignmentService.assignTask", () -> assignment.assignTask(s.r4vWork, "", ""));
        calls.put("MyTaskService.proposeResponse", () -> tasks.proposeResponse(s.proposeResponse, null, null, null));
        calls.put("MyTaskService.vote", () -> tasks.vote(s.vote, null, null));
        calls.put("MyTaskService.nameLead", () -> tasks.nameLead(s.nameLead, -1L));
        calls.put("MyTaskService.submitImplementationPlan", () -> tasks.submitImplementationPlan(s.draftPlan, List.of()));
        calls.put("MyTaskService.claim", () -> {
            tasks.claim(s.r4vWork);
            tasks.release(s.r4vWork);
        });
        calls.put("MyTaskService.release", () -> {
            tasks.claim(s.r4vWork);
            tasks.release(s.r4vWork);
        });
        calls.put("MyTaskService.reportMilestone", () -> tasks.reportMilestone(s.r4vWork, null, 500, ""));
        calls.put("MyTaskService.attachFile", () -> tasks.attachFile(s.r4vWork, "run-me.exe",
                "application/x-msdownload", "MZ".getBytes(StandardCharsets.UTF_8), null));
        calls.put("MyTaskService.attachLink", () -> tasks.attachLink(s.r4vWork, "javascript:alert(1)", null));
        calls.put("MyTaskService.requestDeadlineChange", () -> tasks.requestDeadlineChange(s.r4vWork, null, ""));
        // no consensus meeting or final review is open in the scenario: an R4V milestone task stands in, so the row
        // shows who gets past "is this task offered to you" (the task's kind is checked after that)
        calls.put("MyTaskService.recordConsensus", () -> tasks.recordConsensus(s.r4vWork, null, null, "", ""));
        calls.put("MyTaskService.finalReview", () -> tasks.finalReview(s.r4vWork, null, ""));
        calls.put("MyTaskService.resolveMissingQuorum", () -> tasks.resolveMissingQuorum(s.r4vWork, false));
        // likewise for a progress report: only the lead's people get past the task (ProgressReportProcessTest submits
        // a real one, and sees another agency refused by the report itself)
        calls.put("MyTaskService.submitProgressReport", () -> tasks.submitProgressReport(s.r4vWork,
                new ProgressReportDraft("", null, null, null, null)));
        // the secretariat and the chair remind the members; other members and agencies may not
        calls.put("ApprovalService.nudge", () -> approvals.nudge(-1L));
        calls.put("MailDeliveryAdministration.sendAgain", () -> mailDelivery.sendAgain(-1L));
        calls.put("OperationsAdministration.retry", () -> operations.retry("no-such-incident"));
        calls.put("PlanImportService.importFile", () -> importer.importFile(new ImportFile(List.of()), ImportProgress.NONE));
        // an own inbox and own preferences and tokens: every signed-in user has them, nobody else's can be named
        calls.put("InboxService.markRead", () -> inbox.markRead(-1L));
        calls.put("InboxService.markAllRead", inbox::markAllRead);
        calls.put("NotificationPreferenceService.setMine", () -> preferences.setMine(null, null));
        calls.put("NotificationPreferenceService.setMyTimeZone", () -> preferences.setMyTimeZone(null));
        calls.put("ApiTokenService.create", () -> apiTokens.create(TokenKind.API, ""));
        calls.put("ApiTokenService.revoke", () -> apiTokens.revoke(-1L));
        // publishing: a plan or recommendation that does not exist
        calls.put("PublicationService.publishPlan", () -> publication.publishPlan(-1L, false));
        calls.put("PublicationService.showVotes", () -> publication.showVotes(-1L, false));
        calls.put("PublicationService.publishRecommendation", () -> publication.publishRecommendation(-1L, false));
        return calls;
    }

    private String outcome(String actor, Call call) {
        if (actor.equals("anonymous")) {
            fixtures.signOut();
        } else {
            fixtures.signIn(actor);
        }
        try {
            call.run();
            return "pass";
        } catch (NotPermittedException | AccessDeniedException denied) {
            return "DENY";
        } catch (Exception stoppedLater) {
            return "pass";
        } finally {
            fixtures.signOut();
        }
    }

    private Principal principal(String actor) {
        if (actor.equals("anonymous")) {
            return null;
        }
        TrackerUser user = fixtures.signIn(actor);
        fixtures.signOut();
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    /**
     * The methods of application services (outside {@code ..ui..}) that views call and that write: annotated
     * {@code @Transactional} without {@code readOnly}.
     */
    static Set<String> entryPointsCalledFromViews() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mixedmovements.tracker");
        Set<String> found = new TreeSet<>();
        classes.that(resideInAPackage("..ui..")).forEach(view -> view.getMethodCallsFromSelf().forEach(call -> {
            if (call.getTargetOwner().getPackageName().contains(".ui")
                    || !call.getTargetOwner().getPackageName().startsWith("org.mixedmovements.tracker")) {
                return;
            }
            call.getTarget().resolveMember().ifPresent(method -> {
                if (writes(method)) {
                    found.add(method.getOwner().getSimpleName() + "." + method.getName());
                }
            });
        }));
        return found;
    }

    private static boolean writes(JavaMethod method) {
        return method.tryGetAnnotationOfType(Transactional.class).map(t -> !t.readOnly()).orElse(false);
    }

    /** Parses a table of "name | cell | cell ..." under a header row of actors. */
    static Map<String, Map<String, String>> table(String text) {
        List<String> header = cells(text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow());
        assertThat(header.subList(1, header.size())).isEqualTo(ACTORS);
        return anyTable(text);
    }

    /** Parses a table of "name | cell | cell ..." under a header row naming its columns. */
    static Map<String, Map<String, String>> anyTable(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = cells(lines.get(0));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.put(cells.get(0), row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    /** The table as text, one sorted row per line, so a failure shows the differing rows side by side. */
    static String render(Map<String, Map<String, String>> table) {
        List<String> lines = new ArrayList<>();
        table.forEach((name, row) -> lines.add(String.format("%-46s | %s", name,
                row.values().stream().map(v -> String.format("%-5s", v)).collect(Collectors.joining(" | ")))));
        lines.sort(String::compareTo);
        return String.join("\n", lines);
    }
}
