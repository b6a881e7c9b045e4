package org.mixedmovements.tracker.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.approval.ApprovalCard;
import org.mixedmovements.tracker.approval.ApprovalService;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Every open decision of the working group as a card, most urgent first: what is proposed, the rule with its numbers
 * and closing date, the votes so far and who has not acted; members approve or reject with a reason, the secretariat
 * reads, reminds those who have not acted and decides on a vote without its quorum. One column of cards, so it reads
 * on a phone. {@code approvals/<decisionId>} (the link of a notification) puts that decision's card first.
 */
@Route("approvals")
@Menu(order = 3, title = "menu.approvals", icon = "GAVEL")
@RolesAllowed({Role.WG_MEMBER_NAME, Role.SECRETARIAT_NAME})
class ApprovalsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    static final int PAGE_SIZE = 20;

    private final ApprovalService approvals;
    private final MyTaskService tasks;
    private final EvidenceService evidence;
    private final Select<Plan> plan = new Select<>();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private final Div linked = new Div();
    private int nextPage;

    ApprovalsView(ApprovalService approvals, MyTaskService tasks, EvidenceService evidence) {
        this.approvals = approvals;
        this.tasks = tasks;
        this.evidence = evidence;
        setWidthFull();
        setMaxWidth("56em");
        setPadding(true);
        H2 heading = new H2(getTranslation("menu.approvals"));
        Paragraph intro = new Paragraph(getTranslation(CurrentUser.find().map(u -> u.has(Role.WG_MEMBER)).orElse(false)
                ? "approvals.intro.member" : "approvals.intro.read-only"));
        intro.setId("approvals-intro");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        plan.setId("approvals-plan");
        plan.setLabel(getTranslation("approvals.plan"));
        plan.setEmptySelectionAllowed(true);
        plan.setEmptySelectionCaption(getTranslation("approvals.all-plans"));
        plan.setItems(approvals.plans());
        plan.setItemLabelGenerator(p -> p == null ? getTranslation("approvals.all-plans") : p.getCode() + " · " + p.getTitle());
        plan.setWidthFull();
        plan.setMaxWidth("32em");
        plan.addValueChangeListener(e -> reload());

        cards.setId("approval-cards");
        cards.setWidthFull();
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        empty.setId("no-approvals");
        empty.setText(getTranslation("approvals.none"));
        more.setText(getTranslation("approvals.more"));
        more.setId("approvals-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadNextPage());
        linked.setId("approvals-linked");
        linked.setWidthFull();
        linked.setVisible(false);
        add(heading, intro, linked, plan, empty, cards, more);
        reload();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long decisionId) {
        linked.removeAll();
        linked.setVisible(decisionId != null);
        if (decisionId == null) {
            return;
        }
        Span title = new Span(getTranslation("approvals.linked"));
        title.getStyle().set("display", "block").set("font-weight", "600").set("margin-bottom", "var(--lumo-space-xs)");
        linked.add(title);
        try {
            DecisionCard card = new DecisionCard(approvals.decision(decisionId), approvals, tasks, evidence);
            card.getStyle().set("border", "2px solid var(--lumo-primary-color)");
            linked.add(card);
            // the same decision further down would be a second form for one vote
            cards.getChildren().filter(c -> c.getId().filter(("decision-" + decisionId)::equals).isPresent())
                    .toList().forEach(cards::remove);
        } catch (NotFoundException | NotPermittedException gone) {
            title.setText(getTranslation("approvals.linked-gone"));
        }
    }

    private void reload() {
        cards.removeAll();
        nextPage = 0;
        loadNextPage();
        empty.setVisible(cards.getComponentCount() == 0);
    }

    private void loadNextPage() {
        Page<ApprovalCard> page = approvals.openDecisions(plan.getValue() == null ? null : plan.getValue().getId(),
                PageRequest.of(nextPage, PAGE_SIZE));
        Long linkedId = linkedDecision();
        page.stream().filter(card -> !card.decision().id().equals(linkedId))
                .forEach(card -> cards.add(new DecisionCard(card, approvals, tasks, evidence)));
        nextPage++;
        more.setVisible(page.hasNext());
    }

    private Long linkedDecision() {
        return linked.getChildren().filter(DecisionCard.class::isInstance).findFirst()
                .flatMap(c -> c.getId()).map(id -> Long.valueOf(id.substring("decision-".length()))).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.approvals") + " | " + getTranslation("app.title");
    }
}
