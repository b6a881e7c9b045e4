package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationAdministration.OrganisationRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The organisations that own, support and decide: find, add, rename, change kind. */
@Route("admin/organisations")
@Menu(order = 91, title = "menu.admin-organisations", icon = "BUILDING")
@RolesAllowed(Role.ADMIN_NAME)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<OrganisationRow> grid = new Grid<>();

    OrganisationsView(OrganisationAdministration administration) {
        setSizeFull();
        TextField filter = new TextField();
        filter.setId("organisation-filter");
        filter.setPlaceholder(getTranslation("admin.organisation.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("admin.organisation.new"), VaadinIcon.PLUS.create(),
                e -> new OrganisationDialog(administration, null, this::refresh).open());
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("organisation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrganisationRow::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(OrganisationRow::name).setHeader(getTranslation("field.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("admin.organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("field.kind")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.member() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("admin.wg.member")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Button edit = new Button(getTranslation("admin.action.edit"),
                    e -> new OrganisationDialog(administration, o, this::refresh).open());
            edit.setId("edit-organisation-" + o.code());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> administration.find(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("code"))).stream());
        add(new H2(getTranslation("menu.admin-organisations")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-organisations") + " | " + getTranslation("app.title");
    }
}
