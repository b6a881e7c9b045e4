package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: a menu built from the views' {@code @Menu} annotations, showing only what the
 * signed-in role may open; the features' {@link HeaderItem}s (the unread notifications), the user, their organisation,
 * the language and sign-out.
 */
@Layout
@PermitAll
@StyleSheet("context://styles/header.css")
public class MainLayout extends AppLayout {

    /** The route of the search results view (in the search feature, which this frame does not depend on). */
    static final String SEARCH_ROUTE = "search";

    public MainLayout(AuthenticationContext authentication, LocalePreference preferences,
                      ObjectProvider<HeaderItem> items) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)").set("display", "block");
        addToDrawer(title, navigation());

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.addClassName("tracker-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        Div spacer = new Div();
        spacer.addClassName("header-spacer");
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        header.add(searchBox());
        items.orderedStream().map(HeaderItem::create).forEach(header::add);
        CurrentUser.find().map(this::userBadge).ifPresent(header::add);
        header.add(new LanguageSwitch(preferences));
        // on a phone only the icon shows (styles/header.css); the label is the button's name for everyone
        Span logoutLabel = new Span(getTranslation("nav.logout"));
        logoutLabel.addClassName("logout-label");
        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.getElement().appendChild(logoutLabel.getElement());
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.setTooltipText(getTranslation("nav.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        header.add(logout);
        addToNavbar(new DrawerToggle(), header);
    }

    /** Finds recommendations, milestones and tasks: Enter (or leaving the field) opens {@code search?q=...}. */
    private TextField searchBox() {
        TextField search = new TextField();
        search.setId("global-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(SearchText.MAX_QUERY);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().isBlank()) {
                getUI().ifPresent(ui -> ui.navigate(SEARCH_ROUTE, QueryParameters.of("q", e.getValue().strip())));
                search.clear();
            }
        });
        return search;
    }

    private Span userBadge(TrackerUser user) {
        Span badge = new Span(getTranslation("nav.signed-in-as", user.displayName(), user.organisationCode()));
        badge.setId("signed-in-user");
        badge.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return badge;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }
}
