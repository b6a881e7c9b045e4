package org.mixedmovements.tracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.TestAccounts;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** An organisation that leaves the group while a vote is open no longer counts, and the decision settles without it. */
@TrackerTest
class LeavingTheWorkingGroupTest {

    @Autowired ReferenceDataImporter importer;
    @Autowired OrganisationService organisations;
    @Autowired TestAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aMemberThatLeavesDuringAVoteNoLongerCountsAndItsVoteTaskCloses() {
        importer.importOrganisations(Fixtures.csv("code,name,kind,wg_member,voting,chair\n"
                + "LEAVING-NET,A network that leaves,NGO_NETWORK,true,true,false\n"));
        String leaver = accounts.member("wg.leaving", "LEAVING-NET");
        String redClamor = accounts.member("wg.redclamor", "RED-CLAMOR");
        String migracion = accounts.member("wg.migracion", "MIGRACION-CO");
        Long recommendation = fixtures.newRecommendation("Vote with a leaving member");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026");
        // 7 eligible: 3 for and 3 against leaves it open until the seventh votes
        for (String member : new String[] {"chair", "wg.unhcr", "wg.ocha"}) {
            tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        }
        for (String member : new String[] {"wg.ifrc", redClamor, migracion}) {
            tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.REJECT, "Not now");
        }
        assertThat(fixtures.findTask(leaver, recommendation, WorkItemKind.CAST_VOTE)).isPresent();

        fixtures.signIn("admin");
        organisations.leaveWorkingGroup(organisations.findByCode("LEAVING-NET").orElseThrow().getId());

        assertThat(fixtures.findTask(leaver, recommendation, WorkItemKind.CAST_VOTE)).isEmpty();
        // without it the six votes are tied: the chair decides
        assertThat(fixtures.findTask("chair", recommendation, WorkItemKind.CHAIR_DECIDES)).isPresent();
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.ON_AGENDA);
        assertThat(organisations.isVotingMember(organisations.findByCode("LEAVING-NET").orElseThrow().getId())).isFalse();
    }
}
