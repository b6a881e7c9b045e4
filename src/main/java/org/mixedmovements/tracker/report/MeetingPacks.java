package org.mixedmovements.tracker.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.approval.ApprovalCard;
import org.mixedmovements.tracker.approval.ApprovalService;
import org.mixedmovements.tracker.base.security.ZonePreference;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.MeetingState;
import org.mixedmovements.tracker.meeting.MeetingSummary;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.DecisionSubjects;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The meeting pack: what the working group has before it at its next meeting. The open decisions with the votes cast
 * so far ({@link ApprovalService}, as the approvals view shows them), the overdue milestones with their owners (the
 * dashboard's query), the new due dates asked for and not yet decided, and the decisions taken since the last
 * recorded meeting ({@link MeetingService}, {@link DecisionBoard}), the progress reports missing and those submitted
 * since the last meeting ({@link ProgressReportSections}). For working-group members and the secretariat.
 */
@Service
class MeetingPacks implements MeetingPackExport {

    private static final int DECISION_PAGE = 100;

    private final ApprovalService approvals;
    private final MeetingService meetings;
    private final DecisionBoard board;
    private final DashboardService dashboard;
    private final RecommendationLabels labels;
    private final PlanService plans;
    private final ExportAudit audit;
    private final Clock clock;
    private final ZonePreference zones;
    private final ProgressReportSections progressReports;

    MeetingPacks(ApprovalService approvals, MeetingService meetings, DecisionBoard board, DashboardService dashboard,
                 RecommendationLabels labels, PlanService plans, ExportAudit audit, Clock clock,
                 ZonePreference zones, ProgressReportSections progressReports) {
        this.progressReports = progressReports;
        this.zones = zones;
        this.approvals = approvals;
        this.meetings = meetings;
        this.board = board;
        this.dashboard = dashboard;
        this.labels = labels;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExportFile meetingPack(Long planId, Locale locale) {
        requireReader();
        Plan plan = planId == null ? null : plans.get(planId);
        ZoneId zone = plan == null ? ZoneOffset.UTC : plan.zone();
        ZoneId reader = zones.zoneOf(CurrentUser.require().id());
        String name = (plan == null ? "ALL" : plan.getCode()) + "-meeting-pack-"
                + Texts.fileDate(clock.instant(), zone) + ".pdf";
        return new ExportFile(name, ExportFile.PDF, out -> {
            requireReader();
            audit.record(ComplianceExports.SUBJECT, planId, "audit.details.file.meeting-pack",
                    plan == null ? null : plan.getCode(),
                    () -> plan == null ? "{}" : "{plan=" + planId + "}");
            write(plan, zone, Texts.of(locale, reader), out);
        });
    }

    private static void requireReader() {
        CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }

    void write(Plan plan, ZoneId zone, Texts texts, java.io.OutputStream out) {
        Long planId = plan == null ? null : plan.getId();
        Instant now = clock.instant();
        String scope = plan == null ? texts.get("export.all-plans") : plan.getCode() + " · " + plan.getTitle();
        try (Pdf pdf = new Pdf(out, texts.get("export.pack.title") + " · " + (plan == null
                ? texts.get("export.all-plans") : plan.getCode()) + " · " + texts.get("export.generated") + " "
                + texts.generated(now), texts.get("export.page"))) {
            pdf.title(texts.get("export.pack.title"));
            pdf.text(scope);
            MeetingDetails last = lastMeeting(planId);
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {texts.get("export.generated"), texts.generated(now)});
            facts.add(new String[] {texts.get("export.plan"), scope});
            pdf.facts(facts);
            pdf.note(last == null ? texts.get("export.pack.no-meeting")
                    : texts.get("export.pack.last-meeting", texts.date(last.heldOn()), last.title()));

            List<ApprovalCard> open = new ArrayList<>();
            forEachOpenDecision(planId, open::add);
            pending(pdf, texts, open);
            overdue(pdf, texts, planId);
            deadlineChanges(pdf, texts, open);
            decidedSince(pdf, texts, planId, last);
            progressReports.missing(pdf, texts, plan);
            progressReports.submittedSince(pdf, texts, plan, last == null ? Instant.EPOCH : last.recordedAt());
        }
    }

    /** The latest meeting held (closed with its minutes): one scheduled ahead or cancelled has decided nothing. */
    private MeetingDetails lastMeeting(Long planId) {
        return meetings.meetings(planId, PageRequest.of(0, 50)).getContent().stream()
                .filter(m -> m.state() == MeetingState.CLOSED).findFirst()
                .map(m -> meetings.meeting(m.id())).orElse(null);
    }

    /** The open decisions, a page at a time (they are few; the cards are kept for the deadline-change section). */
    private void forEachOpenDecision(Long planId, Consumer<ApprovalCard> action) {
        int number = 0;
        while (true) {
            Page<ApprovalCard> page = approvals.openDecisions(planId, PageRequest.of(number++, DECISION_PAGE));
            page.forEach(action);
            if (!page.hasNext()) {
                return;
            }
        }
    }

    private static void pending(Pdf pdf, Texts texts, List<ApprovalCard> open) {
        pdf.heading(texts.get("export.pack.pending", open.size()));
        if (open.isEmpty()) {
            pdf.note(texts.get("export.pack.pending.none"));
            return;
        }
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.decision"),
                texts.get("export.column.rule"), texts.get("export.column.opened"), texts.get("export.column.proposal"),
                texts.get("export.column.for-against"), texts.get("export.column.votes"),
                texts.get("export.column.awaiting")), 1.8f, 1.4f, 1.5f, 1.4f, 4, 1f, 4, 2f);
        for (ApprovalCard card : open) {
            DecisionProgress d = card.decision();
            rows.row(List.of(card.recommendationCode(), texts.of("decision.type.", d.type()),
                    texts.of("export.rule.", d.rule()), texts.date(d.openedOn()), d.proposal().render(texts.locale()),
                    d.approvals() + " / " + d.rejections(), votes(d, texts), awaiting(d, texts)));
        }
        rows.end();
    }

    private static String votes(DecisionProgress d, Texts texts) {
        return d.votes().stream().map(v -> vote(v, texts)).collect(Collectors.joining("\n"));
    }

    private static String vote(DecisionSummary.CastVote v, Texts texts) {
        return v.organisationCode() + ": " + texts.of("vote.", v.choice())
                + (v.casting() ? " (" + texts.get("export.casting") + ")" : "")
                + (v.reason() == null || v.reason().isBlank() ? "" : " — " + v.reason());
    }

    private static String awaiting(DecisionProgress d, Texts texts) {
        String awaiting = String.join(", ", d.awaiting());
        return d.recused() == null ? awaiting
                : (awaiting.isEmpty() ? "" : awaiting + "; ") + texts.get("export.recused", d.recused());
    }

    private void overdue(Pdf pdf, Texts texts, Long planId) {
        ComplianceFilter filter = new ComplianceFilter(planId, null, null, null, null, null);
        long count = dashboard.countOverdue(filter);
        pdf.heading(texts.get("export.pack.overdue", count));
        if (count == 0) {
            pdf.note(texts.get("export.report.overdue.none"));
            return;
        }
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.milestone"),
                texts.get("export.column.owner"), texts.get("export.column.country"), texts.get("export.column.due"),
                texts.get("export.column.days-late"), texts.get("export.column.progress")),
                1.8f, 6, 1.2f, 1.3f, 1.6f, 1f, 1f);
        Page<DeadlineRow> page = dashboard.overdue(filter, PageRequest.of(0, ComplianceExports.PAGE));
        while (true) {
            for (DeadlineRow row : page) {
                rows.row(List.of(row.recommendationCode(), row.milestoneName(), row.ownerOrganisationCode(),
                        ComplianceExports.country(row.countryIso2(), texts), texts.date(row.currentDue()),
                        String.valueOf(row.daysLate()), row.progress() + " %"));
            }
            if (!page.hasNext()) {
                break;
            }
            page = dashboard.overdue(filter, page.nextPageable());
        }
        rows.end();
    }

    private static void deadlineChanges(Pdf pdf, Texts texts, List<ApprovalCard> open) {
        List<ApprovalCard> changes = open.stream()
                .filter(c -> c.decision().type() == DecisionType.DEADLINE_CHANGE && c.requestedDueDate() != null)
                .toList();
        pdf.heading(texts.get("export.pack.changes", changes.size()));
        if (changes.isEmpty()) {
            pdf.note(texts.get("export.pack.changes.none"));
            return;
        }
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.milestone"),
                texts.get("export.column.owner"), texts.get("export.column.current"),
                texts.get("export.column.requested"), texts.get("export.column.reason"),
                texts.get("export.column.for-against")), 1.8f, 4, 1.2f, 1.6f, 1.6f, 4, 1f);
        for (ApprovalCard card : changes) {
            DecisionSubjects.RequestedDueDate asked = card.requestedDueDate();
            rows.row(List.of(card.recommendationCode(), asked.milestoneName(), asked.ownerCode(),
                    texts.date(asked.currentDue()), texts.date(asked.requestedDue()), nullToEmpty(asked.reason()),
                    card.decision().approvals() + " / " + card.decision().rejections()));
        }
        rows.end();
    }

    /** Decisions taken since the last meeting was recorded, without those recorded at it; all of them without one. */
    private void decidedSince(Pdf pdf, Texts texts, Long planId, MeetingDetails last) {
        Instant since = last == null ? Instant.EPOCH : last.recordedAt();
        Set<Long> atLastMeeting = last == null ? Set.of() : last.decisions().stream()
                .map(MeetingDetails.DecisionTakenHere::decisionId).collect(Collectors.toSet());
        List<DecisionProgress> decided = new ArrayList<>();
        int number = 0;
        while (true) {
            Page<DecisionProgress> page = board.decidedSince(planId, since, PageRequest.of(number++, DECISION_PAGE));
            page.stream().filter(d -> !atLastMeeting.contains(d.id())).forEach(decided::add);
            if (!page.hasNext()) {
                break;
            }
        }
        pdf.heading(texts.get("export.pack.decided", decided.size()));
        if (decided.isEmpty()) {
            pdf.note(texts.get("export.pack.decided.none"));
            return;
        }
        Map<Long, RecommendationLabel> recommendations = labels.recommendations(
                decided.stream().map(DecisionProgress::recommendationId).distinct().toList());
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.decision"),
                texts.get("export.column.rule"), texts.get("export.column.decided"), texts.get("export.column.outcome"),
                texts.get("export.column.for-against"), texts.get("export.column.reason")),
                1.8f, 1.4f, 1.5f, 1.4f, 1.2f, 1f, 5);
        for (DecisionProgress d : decided) {
            RecommendationLabel r = recommendations.get(d.recommendationId());
            rows.row(List.of(r == null ? "" : r.code(), texts.of("decision.type.", d.type()),
                    texts.of("export.rule.", d.rule()), texts.date(d.decidedOn()), texts.of("outcome.", d.outcome()),
                    d.approvals() + " / " + d.rejections(), nullToEmpty(d.outcomeReason())));
        }
        rows.end();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
