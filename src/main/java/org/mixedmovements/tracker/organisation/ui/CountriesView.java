package org.mixedmovements.tracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mixedmovements.tracker.base.security.Role;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The countries plans may name (ISO 3166-1), with their English and Spanish names. */
@Route("admin/countries")
@Menu(order = 92, title = "menu.admin-countries", icon = "GLOBE")
@RolesAllowed(Role.ADMIN_NAME)
class CountriesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Country> grid = new Grid<>();

    CountriesView(OrganisationAdministration administration) {
        setSizeFull();
        Button create = new Button(getTranslation("admin.country.new"), VaadinIcon.PLUS.create(),
                e -> new CountryDialog(administration, null, this::refresh).open());
        create.setId("new-country");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("country-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Country::getIso2).setHeader(getTranslation("field.iso2")).setAutoWidth(true);
        grid.addColumn(Country::getIso3).setHeader(getTranslation("admin.country.iso3")).setAutoWidth(true);
        for (Locale language : Languages.supported()) {
            grid.addColumn(c -> c.name(language))
                    .setHeader(getTranslation("admin.country.name-in", Languages.nameInText(language, getLocale())))
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(c -> {
            Button edit = new Button(getTranslation("admin.action.edit"),
                    e -> new CountryDialog(administration, c, this::refresh).open());
            edit.setId("edit-country-" + c.getIso2());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> administration.countries(
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("iso2"))).stream());
        add(new H2(getTranslation("menu.admin-countries")), create, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-countries") + " | " + getTranslation("app.title");
    }
}
