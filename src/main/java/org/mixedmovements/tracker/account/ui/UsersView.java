package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.Locale;
import org.mixedmovements.tracker.account.SecondFactorService;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.account.UserAdministration.UserRow;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.UserFacingException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The accounts: find, create, change, disable or enable, and set a new password. */
@Route("admin/users")
@Menu(order = 90, title = "menu.admin-users", icon = "USERS")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTIONS_COLUMN = "actions";

    private final UserAdministration users;
    private final OrganisationService organisations;
    private final SecondFactorService secondFactors;
    private final TextField filter = new TextField();
    private final Grid<UserRow> grid = new Grid<>();

    UsersView(UserAdministration users, OrganisationService organisations, SecondFactorService secondFactors) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.organisations = organisations;
        setSizeFull();
        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("admin.user.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("admin.user.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(users, organisations, null, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("field.displayName")).setFlexGrow(2);
        grid.addColumn(UserRow::organisationCode).setHeader(getTranslation("field.organisation")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("field.role")).setAutoWidth(true);
        grid.addColumn(u -> Languages.name(Locale.forLanguageTag(u.language()), getLocale()))
                .setHeader(getTranslation("field.language")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.user.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey(ACTIONS_COLUMN).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users.find(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("username"))).stream());
        add(new H2(getTranslation("menu.admin-users")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Span status(UserRow user) {
        Span badge = new Span(getTranslation(user.enabled() ? "admin.user.enabled" : "admin.user.disabled"));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(user.enabled() ? "success" : "error");
        return badge;
    }

    private HorizontalLayout actions(UserRow user) {
        Button edit = new Button(getTranslation("admin.action.edit"),
                e -> new UserDialog(users, organisations, user, this::refresh).open());
        edit.setId("edit-" + user.username());
        Button password = new Button(getTranslation("admin.user.reset-password"),
                e -> new PasswordDialog(users, user, this::refresh).open());
        password.setId("password-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(edit, password);
        boolean self = CurrentUser.find().map(TrackerUser::id).filter(id -> id == user.id()).isPresent();
        if (!self) {
            Button toggle = new Button(getTranslation(user.enabled() ? "admin.user.disable" : "admin.user.enable"),
                    e -> toggle(user));
            toggle.setId("toggle-" + user.username());
            if (user.enabled()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(toggle);
            if (user.hasSecondFactor()) {
                // a colleague's lost phone: they set up a new second factor at their next sign-in
                Button reset = new Button(getTranslation("admin.user.reset-second-factor"), e -> resetSecondFactor(user));
                reset.setId("second-factor-" + user.username());
                actions.add(reset);
            }
        }
        actions.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void toggle(UserRow user) {
        try {
            users.setEnabled(user.id(), !user.enabled());
            Messages.showSuccess(this, user.enabled() ? "admin.user.disabled-done" : "admin.user.enabled-done",
                    user.username());
        } catch (UserFacingException e) {
            Messages.showError(e);
        }
        refresh();
    }

    private void resetSecondFactor(UserRow user) {
        try {
            secondFactors.reset(user.id());
            Messages.showSuccess(this, "admin.user.second-factor-done", user.username());
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
        return getTranslation("menu.admin-users") + " | " + getTranslation("app.title");
    }
}
