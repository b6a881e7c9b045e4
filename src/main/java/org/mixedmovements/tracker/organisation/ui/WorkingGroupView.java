package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.base.UserFacingException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationAdministration.OrganisationRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Working-group membership per organisation: member or not, voting or not, and the one chair. Each button says what it
 * does to open decisions.
 */
@Route("admin/working-group")
@Menu(order = 93, title = "menu.admin-working-group", icon = "GROUP")
@RolesAllowed(Role.ADMIN_NAME)
class WorkingGroupView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTIONS_COLUMN = "actions";

    private final OrganisationAdministration administration;
    private final Grid<OrganisationRow> grid = new Grid<>();

    WorkingGroupView(OrganisationAdministration administration) {
        this.administration = administration;
        setSizeFull();
        TextField filter = new TextField();
        filter.setId("wg-filter");
        filter.setPlaceholder(getTranslation("admin.organisation.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        Paragraph effects = new Paragraph(getTranslation("admin.wg.effects"));
        effects.getStyle().set("color", "var(--lumo-secondary-text-color)");
        effects.getStyle().set("max-width", "60em");

        grid.setId("wg-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrganisationRow::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(OrganisationRow::name).setHeader(getTranslation("field.name")).setFlexGrow(2);
        grid.addComponentColumn(this::seat).setHeader(getTranslation("admin.wg.seat")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey(ACTIONS_COLUMN).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> administration.find(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("code"))).stream());
        add(new H2(getTranslation("menu.admin-working-group")), effects, filter, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout seat(OrganisationRow o) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (!o.member()) {
            badges.add(badge("admin.wg.not-member", "contrast"));
            return badges;
        }
        badges.add(badge("admin.wg.member", "success"));
        badges.add(badge(o.voting() ? "admin.wg.voting" : "admin.wg.not-voting", o.voting() ? "success" : "contrast"));
        if (o.chair()) {
            badges.add(badge("admin.wg.chair", "primary"));
        }
        return badges;
    }

    private Span badge(String key, String variant) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + variant);
        return badge;
    }

    private HorizontalLayout actions(OrganisationRow o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!o.member()) {
            actions.add(button("admin.wg.join", "join-" + o.code(), () -> administration.join(o.id(), true),
                    "admin.wg.joined", o));
        } else {
            if (!o.voting()) {
                actions.add(button("admin.wg.give-vote", "voting-" + o.code(),
                        () -> administration.setVoting(o.id(), true), "admin.wg.votes", o));
            } else if (!o.chair()) {
                actions.add(button("admin.wg.take-vote", "voting-" + o.code(),
                        () -> administration.setVoting(o.id(), false), "admin.wg.stopped-voting", o));
                actions.add(button("admin.wg.make-chair", "chair-" + o.code(),
                        () -> administration.moveChair(o.id()), "admin.wg.chair-moved", o));
            }
            if (!o.chair()) {
                Button leave = new Button(getTranslation("admin.wg.leave"), e -> confirmLeave(o));
                leave.setId("leave-" + o.code());
                leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(leave);
            }
        }
        actions.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private Button button(String labelKey, String id, Runnable action, String doneKey, OrganisationRow o) {
        Button button = new Button(getTranslation(labelKey), e -> act(action, doneKey, o));
        button.setId(id);
        return button;
    }

    private void confirmLeave(OrganisationRow o) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-leave");
        confirm.setHeader(getTranslation("admin.wg.leave-title", o.code()));
        confirm.setText(getTranslation("admin.wg.leave-text", o.code()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("admin.wg.leave"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(e -> act(() -> administration.leave(o.id()), "admin.wg.left", o));
        confirm.open();
    }

    private void act(Runnable action, String doneKey, OrganisationRow o) {
        try {
            action.run();
            Messages.showSuccess(this, doneKey, o.code());
        } catch (UserFacingException e) {
            Messages.showError(e);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-working-group") + " | " + getTranslation("app.title");
    }
}
