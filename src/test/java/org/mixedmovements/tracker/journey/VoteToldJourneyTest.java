package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody misses their turn, in the browser and in each language: the secretariat proposes a response; each member's
 * header counts an unread notification, the Inbox's "To do" says a vote is open with its last day, its link opens the
 * decision's card first in Approvals, where the member votes; the vote then leaves that member's "To do", and once
 * every member has voted the group's decision is taken.
 */
@DemoApplicationTest
class VoteToldJourneyTest {

    private static final Pattern COUNT = Pattern.compile("(\\d+)");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired WorkingGroupDecisions decisions;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withSpanish")
    void everyMemberIsToldOfTheVoteFollowsTheLinkVotesAndTheVoteLeavesTheirToDo(String language) throws Exception {
        Texts texts = Texts.of(language);
        String title = "Vote told journey " + language;
        Long recommendation = fixtures.newRecommendation(title);

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("recommendations/" + recommendation);
            browser.click("put-on-agenda");
            browser.go("tasks");
            browser.open("open-" + recommendation + "-propose_response", "propose-response");
            browser.selectItem("response", texts.get("response.ACCEPTED"));
            browser.type("target-period", "2027-H1");
            browser.click("propose-response");
            browser.waitUntilTextAppears(texts.get("response.proposed", "T1"));
            browser.logout();

            DecisionSummary vote = response(recommendation);
            String told = texts.get("notification.kind.VOTE_OPENED", "T1", title, "",
                    texts.get("decision.type.RESPONSE"), medium(vote.lastDay(), language), vote.quorum());
            for (String member : Fixtures.MEMBERS) {
                browser.login(member, "Tracker-demo-1");
                int unread = count(browser.text("unread-notifications-count"));
                assertThat(unread).as(member + "'s header").isPositive();

                browser.go("inbox");
                browser.waitUntilTextAppears(told);
                int toDo = count(browser.text("inbox-tab-to-do"));
                if (language.equals("en") && member.equals("wg.unhcr")) {
                    browser.screenshot("inbox-to-do");
                }
                browser.clickText("a[href='approvals/" + vote.id() + "']", "T1");
                browser.byId("approvals-linked");
                assertThat(count(browser.text("unread-notifications-count"))).as("opening it reads it")
                        .isEqualTo(unread - 1);
                browser.click("approve-" + vote.id());
                browser.waitUntilTextAppears(texts.get("decision.voted", "T1"));

                browser.go("inbox");
                assertThat(count(browser.text("inbox-tab-to-do"))).as(member + "'s To do after voting")
                        .isEqualTo(toDo - 1);
                browser.logout();
            }
        }
        assertThat(response(recommendation).outcome()).isEqualTo(Outcome.APPROVED);
    }

    private DecisionSummary response(Long recommendation) {
        return decisions.ofRecommendation(recommendation).stream().filter(d -> d.type() == DecisionType.RESPONSE)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String medium(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .format(day);
    }

    private static int count(String text) {
        Matcher number = COUNT.matcher(text);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }
}
