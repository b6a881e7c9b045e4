package org.mixedmovements.tracker.report;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.assignment.AssignableMilestone;
import org.mixedmovements.tracker.assignment.MilestoneExports;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The milestone list as a workbook or a CSV table, with the filter the list shows ({@link MilestoneFilter}) and read
 * through the list's own service ({@link AssignmentService#milestones}), a page at a time: milestones with their plan,
 * recommendation, owner, due date, compliance status (from the read model) or stage, progress and the person their
 * open work is assigned to. For working-group members and the secretariat, who may open the list.
 */
@Service
class MilestoneListExports implements MilestoneExports {

    private static final int PAGE = 100; // the list's largest page

    private final AssignmentService assignment;
    private final PlanService plans;
    private final ExportAudit audit;
    private final Clock clock;

    MilestoneListExports(AssignmentService assignment, PlanService plans, ExportAudit audit, Clock clock) {
        this.assignment = assignment;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExportFile workbook(MilestoneFilter filter, Locale locale) {
        return file(filter, "xlsx", ExportFile.XLSX, "audit.details.file.milestones-excel", out -> {
            Texts texts = Texts.of(locale);
            try (Workbook workbook = new Workbook(texts)) {
                write(filter, texts, workbook.sheet(texts.get("export.sheet.milestones"),
                        10, 14, 50, 10, 12, 14, 20, 10, 18));
                workbook.write(out);
            }
        });
    }

    @Override
    public ExportFile csv(MilestoneFilter filter, Locale locale) {
        return file(filter, "csv", ExportFile.CSV, "audit.details.file.milestones-csv", out -> {
            Texts texts = Texts.of(locale);
            CsvTableWriter table = new CsvTableWriter(out, texts);
            write(filter, texts, table);
            table.finish();
        });
    }

    private ExportFile file(MilestoneFilter filter, String extension, String type, String what,
                            ExportFile.Content content) {
        requireReader();
        MilestoneFilter applied = filter == null ? MilestoneFilter.none() : filter;
        Plan plan = applied.planId() == null ? null : plans.get(applied.planId());
        ZoneId zone = plan == null ? ZoneOffset.UTC : plan.zone();
        String name = (plan == null ? "ALL" : plan.getCode()) + "-milestones-" + Texts.fileDate(clock.instant(), zone)
                + "." + extension;
        return new ExportFile(name, type, out -> {
            requireReader();
            audit.record(ComplianceExports.SUBJECT, applied.planId(), what, plan == null ? null : plan.getCode(),
                    applied::toString);
            content.writeTo(out);
        });
    }

    private static void requireReader() {
        CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }

    void write(MilestoneFilter filter, Texts texts, Table table) throws IOException {
        MilestoneFilter applied = filter == null ? MilestoneFilter.none() : filter;
        table.header(List.of(texts.get("export.column.plan"), texts.get("export.column.recommendation"),
                texts.get("export.column.milestone"), texts.get("export.column.owner"),
                texts.get("export.column.country"), texts.get("export.column.due"), texts.get("export.column.status"),
                texts.get("export.column.progress"), texts.get("export.column.assignee")));
        int number = 0;
        while (true) {
            Page<AssignableMilestone> page = assignment.milestones(applied, PageRequest.of(number++, PAGE));
            for (AssignableMilestone item : page) {
                MilestoneListRow m = item.milestone();
                table.row(Arrays.asList(m.planCode(), m.recommendationCode(), m.name(), m.ownerCode(),
                        ComplianceExports.country(m.countryIso2(), texts), m.currentDue(),
                        m.compliance() != null ? StatusCell.of(m.compliance(), texts)
                                : texts.of("milestones.stage.", m.stage()),
                        m.progress(), item.workAssignee()));
            }
            if (!page.hasNext()) {
                return;
            }
        }
    }
}
