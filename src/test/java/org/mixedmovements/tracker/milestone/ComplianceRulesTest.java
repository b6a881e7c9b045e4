package org.mixedmovements.tracker.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.AT_RISK;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.COMPLETED_LATE;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.COMPLETED_ON_TIME;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.NOT_DUE_YET;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.ON_TRACK;
import static org.mixedmovements.tracker.milestone.ComplianceStatus.OVERDUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/compliance.md. */
class ComplianceRulesTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    static ComplianceStatus status(ReportedStatus reported, int progress, LocalDate completed, LocalDate today) {
        return ComplianceRules.statusOf(reported, progress, START, DUE, completed, today, 30);
    }

    @Test
    void beforeItsPlannedStartAMilestoneIsNotDueYet() {
        assertThat(status(ReportedStatus.NOT_STARTED, 0, null, LocalDate.of(2024, 12, 31))).isEqualTo(NOT_DUE_YET);
    }

    @Test
    void farFromItsDueDateAMilestoneIsOnTrackWhateverItsProgress() {
        assertThat(status(ReportedStatus.NOT_STARTED, 0, null, LocalDate.of(2025, 2, 28))).isEqualTo(ON_TRACK);
    }

    @Test
    void withinThirtyDaysOfItsDueDateAMilestoneBehindTheElapsedShareIsAtRisk() {
        // 15 March: 73 of 89 days elapsed = 82 %; 50 % done is behind, 90 % is not
        LocalDate march15 = LocalDate.of(2025, 3, 15);
        assertThat(ComplianceRules.expectedProgress(START, DUE, march15, 30)).isEqualTo(82);
        assertThat(status(ReportedStatus.IN_PROGRESS, 50, null, march15)).isEqualTo(AT_RISK);
        assertThat(status(ReportedStatus.IN_PROGRESS, 90, null, march15)).isEqualTo(ON_TRACK);
    }

    @Test
    void onItsDueDateAMilestoneIsNotYetOverdueAndTheDayAfterItIs() {
        assertThat(status(ReportedStatus.IN_PROGRESS, 100, null, DUE)).isEqualTo(ON_TRACK);
        assertThat(status(ReportedStatus.IN_PROGRESS, 99, null, DUE.plusDays(1))).isEqualTo(OVERDUE);
    }

    @Test
    void aMilestoneDoneOnOrBeforeItsDueDateIsCompletedOnTimeAndLaterIsCompletedLate() {
        assertThat(status(ReportedStatus.DONE, 100, DUE, DUE.plusDays(40))).isEqualTo(COMPLETED_ON_TIME);
        assertThat(status(ReportedStatus.DONE, 100, DUE.plusDays(1), DUE.plusDays(1))).isEqualTo(COMPLETED_LATE);
    }

    @Test
    void dueOn31MarchInBogotaIsOnTimeAt2300LocalAndOverdueAt0001LocalOnFirstApril() {
        ZoneId bogota = ZoneId.of("America/Bogota");
        // the server runs in UTC: 04:00 UTC on 1 April is still 23:00 on 31 March in Bogota
        LocalDate at2300 = LocalDate.ofInstant(Instant.parse("2025-04-01T04:00:00Z"), bogota);
        LocalDate at0001 = LocalDate.ofInstant(Instant.parse("2025-04-01T05:01:00Z"), bogota);
        assertThat(status(ReportedStatus.IN_PROGRESS, 100, null, at2300)).isEqualTo(ON_TRACK);
        assertThat(status(ReportedStatus.IN_PROGRESS, 100, null, at0001)).isEqualTo(OVERDUE);
    }

    @Test
    void slippageIsTheCurrentDueDateMinusTheBaselineInDays() {
        assertThat(ComplianceRules.slippageDays(DUE, DUE.plusDays(45))).isEqualTo(45);
        assertThat(ComplianceRules.slippageDays(DUE, DUE)).isZero();
    }

    @Test
    void aRecommendationsProgressIsTheMeanOfItsMilestonesRoundedDown() {
        assertThat(ComplianceRules.progressOf(List.of(100, 50, 0))).isEqualTo(50);
        assertThat(ComplianceRules.progressOf(List.of(100, 33))).isEqualTo(66);
        assertThat(ComplianceRules.progressOf(List.of())).isZero();
    }
}
