package org.mixedmovements.tracker.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.plan.DeadlineSettings;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.plan.ReportingPeriod;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.PlanSettingsAdministration;
import org.mixedmovements.tracker.workinggroup.PlanSettingsAdministration.PlanSettings;

/**
 * A plan's time zone, reminder, at-risk window, escalations and reporting period, and the working group's rule for each kind of decision.
 * The page says when a change takes effect, as the code does it.
 */
@Route("admin/plan-settings")
@Menu(order = 94, title = "menu.admin-plan-settings", icon = "COG")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class PlanSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final PlanSettingsAdministration administration;
    private final Select<Plan> plan = new Select<>();
    private final TextField timeZone = new TextField();
    private final IntegerField reminderDays = days("reminder-days", "admin.plan.reminder", "admin.plan.reminder-help");
    private final IntegerField atRiskDays = days("at-risk-days", "admin.plan.at-risk", "admin.plan.at-risk-help");
    private final IntegerField secretariatDays = days("escalation-secretariat-days", "admin.plan.escalation-secretariat",
            "admin.plan.escalation-secretariat-help");
    private final IntegerField chairDays = days("escalation-chair-days", "admin.plan.escalation-chair",
            "admin.plan.escalation-chair-help");
    private final Select<ReportingPeriod> reportingPeriod = new Select<>();
    private final Map<DecisionType, Select<DecisionRule>> rules = new EnumMap<>(DecisionType.class);
    private final Map<DecisionType, IntegerField> quorums = new EnumMap<>(DecisionType.class);
    private final Map<DecisionType, IntegerField> periods = new EnumMap<>(DecisionType.class);
    private final Map<DecisionType, IntegerField> reminders = new EnumMap<>(DecisionType.class);
    private final FormChecks checks = new FormChecks(this);

    PlanSettingsView(PlanSettingsAdministration administration, PlanService plans) {
        this.administration = administration;
        plan.setId("plan-select");
        plan.setLabel(getTranslation("admin.plan.plan"));
        plan.setItems(plans.all());
        plan.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        plan.setWidth("min(40em, 100%)");
        plan.addValueChangeListener(e -> load());

        timeZone.setId("time-zone");
        timeZone.setLabel(getTranslation("admin.plan.time-zone"));
        timeZone.setHelperText(getTranslation("admin.plan.time-zone-help"));
        checks.field("timeZone", timeZone, true);
        checks.field("reminderDays", reminderDays, true);
        checks.field("atRiskDays", atRiskDays, true);
        checks.field("escalationSecretariatDays", secretariatDays, true);
        checks.field("escalationChairDays", chairDays, true);
        FormLayout deadlines = new FormLayout(timeZone, reminderDays, atRiskDays, secretariatDays, chairDays);

        reportingPeriod.setId("reporting-period");
        reportingPeriod.setLabel(getTranslation("admin.plan.reporting-period"));
        reportingPeriod.setHelperText(getTranslation("admin.plan.reporting-period-help"));
        reportingPeriod.setItems(ReportingPeriod.values());
        reportingPeriod.setItemLabelGenerator(p -> getTranslation(p.nameKey()));
        checks.field("reportingPeriod", reportingPeriod, true);
        FormLayout reporting = new FormLayout(reportingPeriod);

        FormLayout decisions = new FormLayout();
        for (DecisionType type : DecisionType.values()) {
            decisions.add(ruleRow(type), 2);
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-plan-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph when = new Paragraph(getTranslation("admin.plan.when"));
        when.setId("plan-settings-when");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "60em");

        add(new H2(getTranslation("menu.admin-plan-settings")), plan, when,
                new H3(getTranslation("admin.plan.deadlines")), deadlines,
                new H3(getTranslation("admin.plan.reporting")), reporting,
                new H3(getTranslation("admin.plan.decisions")), decisions, checks.messages(), save);
        plans.all().stream().findFirst().ifPresent(plan::setValue);
    }

    private Div ruleRow(DecisionType type) {
        Select<DecisionRule> rule = new Select<>();
        rule.setId("rule-" + type.name());
        rule.setLabel(getTranslation("admin.plan.rule-for", getTranslation("decision.type." + type.name())));
        rule.setItems(DecisionRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("admin.plan.rule." + r.name()));
        IntegerField quorum = new IntegerField(getTranslation("field.quorumPercent"));
        quorum.setId("quorum-" + type.name());
        quorum.setHelperText(getTranslation("admin.plan.quorum-help"));
        quorum.setSuffixComponent(new Div("%"));
        IntegerField period = new IntegerField(getTranslation("field.decisionPeriodDays"));
        period.setId("period-" + type.name());
        period.setHelperText(getTranslation("admin.plan.period-help"));
        IntegerField reminder = new IntegerField(getTranslation("field.decisionReminderDays"));
        reminder.setId("decision-reminder-" + type.name());
        reminder.setHelperText(getTranslation("field.decisionReminderDays.help"));
        rule.addValueChangeListener(e -> {
            // a vote and an objection period close; a consensus is taken at a meeting
            boolean closes = e.getValue() != DecisionRule.CONSENSUS;
            quorum.setVisible(e.getValue() == DecisionRule.MAJORITY);
            period.setVisible(closes);
            reminder.setVisible(closes);
        });
        rules.put(type, rule);
        quorums.put(type, quorum);
        periods.put(type, period);
        reminders.put(type, reminder);
        checks.field(PlanSettingsAdministration.ruleField(type, "rule"), rule, true);
        checks.field(PlanSettingsAdministration.ruleField(type, "quorumPercent"), quorum, true);
        checks.field(PlanSettingsAdministration.ruleField(type, "periodDays"), period, true);
        checks.field(PlanSettingsAdministration.ruleField(type, "reminderDays"), reminder, false);
        FormLayout row = new FormLayout(rule, quorum, period, reminder);
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        return new Div(row);
    }

    private void load() {
        checks.clear();
        if (plan.getValue() == null) {
            return;
        }
        PlanSettings settings = administration.of(plan.getValue().getId());
        DeadlineSettings d = settings.deadlines();
        timeZone.setValue(d.timeZone());
        reminderDays.setValue(d.reminderDays());
        atRiskDays.setValue(d.atRiskDays());
        secretariatDays.setValue(d.escalationSecretariatDays());
        chairDays.setValue(d.escalationChairDays());
        reportingPeriod.setValue(settings.reportingPeriod());
        settings.rules().forEach((type, setting) -> {
            rules.get(type).setValue(setting.rule());
            quorums.get(type).setValue(setting.quorumPercent());
            periods.get(type).setValue(setting.periodDays());
            reminders.get(type).setValue(setting.reminderDays());
        });
    }

    private void save() {
        if (plan.getValue() == null) {
            return;
        }
        Map<DecisionType, PlanDecisionRules.Setting> byType = new EnumMap<>(DecisionType.class);
        for (DecisionType type : DecisionType.values()) {
            byType.put(type, new PlanDecisionRules.Setting(rules.get(type).getValue(),
                    valueOf(quorums.get(type)), valueOf(periods.get(type)), reminderOf(reminders.get(type))));
        }
        PlanSettings settings = new PlanSettings(new DeadlineSettings(timeZone.getValue(), reminderDays.getValue(),
                atRiskDays.getValue(), secretariatDays.getValue(), chairDays.getValue()), byType,
                reportingPeriod.getValue());
        if (checks.run(() -> administration.change(plan.getValue().getId(), settings))) {
            Messages.showSuccess(this, "admin.plan.saved", plan.getValue().getCode());
            load();
        }
    }

    /** An empty reminder is none. */
    private static int reminderOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** An empty number is 0, which the rules refuse with the field's message. */
    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField days(String id, String labelKey, String helpKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation(helpKey));
        field.setSuffixComponent(new Div(getTranslation("admin.plan.days")));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-plan-settings") + " | " + getTranslation("app.title");
    }
}
