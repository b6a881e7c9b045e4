package org.mixedmovements.tracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every field of a plan that people can fill is filled with a marker, part of the plan is published, and nothing but
 * the published part may appear in the public page, its CSV and JSON, or their headers: no unpublished recommendation
 * or plan, no person's name or account, no comment, vote reason, response reason, report note, evidence, deadline
 * reason or plan-rejection reason.
 */
@TrackerTest
class PublicPageLeakTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired CommentService comments;
    @Autowired PublicationService publication;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void nothingUnpublishedOrInternalReachesThePublicPageItsDataOrItsHeaders() {
        List<String> markers = new ArrayList<>();
        String code = PublicSite.newPlan(importer, "Leak plan SHOWN-PLAN-TITLE", "SHOWN-REC-TITLE",
                "LEAK-UNPUBLISHED-REC-TITLE", "LEAK-WITHDRAWN-REC-TITLE");
        Map<String, Long> recs = PublicSite.recommendations(recommendations, plans, code);
        Long shown = recs.get("T1");
        Long hidden = recs.get("T2");
        Long withdrawn = recs.get("T3");
        markers.addAll(List.of("LEAK-UNPUBLISHED-REC-TITLE", "LEAK-WITHDRAWN-REC-TITLE"));

        // the published recommendation, with every internal field filled
        respond(shown, GroupResponse.PARTIALLY_ACCEPTED, "LEAK-RESPONSE-REASON", "LEAK-VOTE-REASON");
        markers.addAll(List.of("LEAK-RESPONSE-REASON", "LEAK-VOTE-REASON"));
        tasks.nameLead(fixtures.taskOf("secretariat", shown, WorkItemKind.NAME_LEAD), fixtures.organisation("R4V"));
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", shown, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("SHOWN-MILESTONE-NAME", "R4V", 40, true)));
        fixtures.everyMemberVotes(shown, VoteChoice.REJECT); // the group returns the plan, with its reasons
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", shown, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("SHOWN-MILESTONE-NAME", "R4V", 40, true)));
        for (String member : Fixtures.MEMBERS) {
            fixtures.findTask(member, shown, WorkItemKind.CAST_VOTE, WorkItemKind.CONSIDER_OBJECTION)
                    .ifPresent(task -> tasks.vote(task, VoteChoice.APPROVE, null));
        }
        String work = fixtures.taskOf("agency.r4v", shown, WorkItemKind.WORK_ON_MILESTONE);
        tasks.reportMilestone(work, ReportedStatus.IN_PROGRESS, 30, "LEAK-REPORT-NOTE");
        tasks.attachLink(work, "https://example.org/LEAK-EVIDENCE-LINK", "LEAK-EVIDENCE-NOTE");
        tasks.attachFile(work, "LEAK-EVIDENCE-FILE.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), "LEAK-FILE-NOTE");
        tasks.requestDeadlineChange(work, fixtures.todayInPanama().plusDays(90), "LEAK-DEADLINE-REASON");
        fixtures.signIn("wg.ocha");
        comments.add(shown, null, "LEAK-COMMENT-ON-RECOMMENDATION");
        markers.addAll(List.of("Not ready", "LEAK-REPORT-NOTE", "LEAK-EVIDENCE", "LEAK-FILE-NOTE",
                "LEAK-DEADLINE-REASON", "LEAK-COMMENT"));

        // the unpublished and the withdrawn recommendations, with milestones of their own
        fixtures.adopt(hidden, "IBC-HM");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.ibchm", hidden, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("LEAK-UNPUBLISHED-MILESTONE", "IBC-HM", 20, false)));
        fixtures.signIn("agency.ibchm");
        comments.add(hidden, null, "LEAK-COMMENT-ON-HIDDEN");
        markers.add("LEAK-UNPUBLISHED-MILESTONE");

        // another plan, never published
        String other = PublicSite.newPlan(importer, "LEAK-OTHER-PLAN-TITLE", "LEAK-OTHER-PLAN-REC");
        markers.addAll(List.of("LEAK-OTHER-PLAN-TITLE", "LEAK-OTHER-PLAN-REC", other));

        // people: every demo account's username and name, and their mail addresses
        for (String username : List.of("secretariat", "chair", "wg.ocha", "wg.unhcr", "wg.ifrc", "agency.r4v",
                "agency.ibchm", "admin")) {
            TrackerUser user = fixtures.signIn(username);
            if (username.contains(".")) {
                markers.add(username);
            }
            markers.add(user.displayName());
        }
        markers.add("@");

        fixtures.signIn("secretariat");
        Long plan = PublicSite.planId(plans, code);
        publication.publishPlan(plan, true);
        publication.showVotes(plan, true); // even with the votes shown, only organisations and their choices
        publication.publishRecommendation(shown, true);
        publication.publishRecommendation(withdrawn, true);
        publication.publishRecommendation(withdrawn, false);
        fixtures.signOut();

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            answers.add(PublicSite.get(port, "/public?lang=" + lang));
            answers.add(PublicSite.get(port, "/public/plans/" + code + "?lang=" + lang));
            answers.add(PublicSite.get(port, "/public/plans/" + code + "/data.csv?lang=" + lang));
            answers.add(PublicSite.get(port, "/public/plans/" + code + "/data.json?lang=" + lang));
            answers.add(PublicSite.get(port, "/public/plans/" + other + "?lang=" + lang));
            answers.add(PublicSite.get(port, "/public/plans/" + other + "/data.json?lang=" + lang));
        }

        assertThat(answers.get(1).statusCode()).isEqualTo(200);
        assertThat(answers.get(1).body()).as("the published part is there")
                .contains("SHOWN-PLAN-TITLE", "SHOWN-REC-TITLE", "SHOWN-MILESTONE-NAME", "(OCHA)");
        assertThat(answers.get(2).body()).contains("SHOWN-REC-TITLE");
        assertThat(answers.get(3).body()).contains("SHOWN-MILESTONE-NAME");
        assertThat(answers.get(4).statusCode()).isEqualTo(404);
        for (HttpResponse<String> answer : answers) {
            String everything = PublicSite.headers(answer) + "\n" + answer.body();
            assertThat(markers).as(answer.request().uri() + " shows none of them").allSatisfy(marker ->
                    assertThat(everything).doesNotContain(marker));
        }
    }

    /** Puts it on the agenda, proposes the response with its reason; every member approves, OCHA with a reason. */
    private void respond(Long recommendation, GroupResponse response, String reason, String voteReason) {
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                response, reason, "2026-H2");
        for (String member : Fixtures.MEMBERS) {
            fixtures.findTask(member, recommendation, WorkItemKind.CAST_VOTE, WorkItemKind.CONSIDER_OBJECTION)
                    .ifPresent(task -> tasks.vote(task, VoteChoice.APPROVE,
                            member.equals("wg.ocha") ? voteReason : null));
        }
    }
}
