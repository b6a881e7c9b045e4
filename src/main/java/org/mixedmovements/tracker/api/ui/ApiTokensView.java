package org.mixedmovements.tracker.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.NewToken;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.api.TokenSummary;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;

/**
 * The signed-in user's personal tokens: API tokens for their organisation's own systems and calendar feed addresses
 * for Outlook or Google Calendar. A new token's secret (or feed address) is shown once, to copy; the list shows name,
 * kind, when it was created and last used, and revokes a token at once.
 */
@Route("tokens")
@Menu(order = 80, title = "menu.tokens", icon = "KEY")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTIONS_COLUMN = "actions";

    private final ApiTokenService tokens;
    private final TextField name = new TextField();
    private final FormChecks checks = new FormChecks(this);
    private final Div created = new Div();
    private final Grid<TokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setMaxWidth("64em");
        String organisation = CurrentUser.find().map(u -> u.organisationCode()).orElse("");

        Paragraph intro = new Paragraph(getTranslation("tokens.intro", organisation));
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation("tokens.docs"));
        docs.getElement().setAttribute("router-ignore", true);
        docs.setId("api-docs-link");
        docs.setTarget("_blank");

        name.setId("token-name");
        name.setLabel(getTranslation("field.name"));
        name.setPlaceholder(getTranslation("tokens.name-placeholder"));
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setWidthFull();
        name.setMaxWidth("24em");
        Button api = new Button(getTranslation("tokens.create-api"), VaadinIcon.KEY.create(),
                e -> create(TokenKind.API));
        api.setId("create-api-token");
        api.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button personalFeed = new Button(getTranslation("tokens.create-feed-user"), VaadinIcon.CALENDAR.create(),
                e -> create(TokenKind.CALENDAR_USER));
        personalFeed.setId("create-user-feed");
        Button organisationFeed = new Button(getTranslation("tokens.create-feed-organisation", organisation),
                VaadinIcon.CALENDAR.create(), e -> create(TokenKind.CALENDAR_ORGANISATION));
        organisationFeed.setId("create-organisation-feed");
        checks.field("name", name, true);
        HorizontalLayout form = new HorizontalLayout(name, api, personalFeed, organisationFeed);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        created.setId("new-token");
        created.setWidthFull();
        created.setVisible(false);

        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("field.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("tokens.kind." + t.kind())).setHeader(getTranslation("tokens.kind"))
                .setFlexGrow(1);
        grid.addColumn(t -> "rt_" + t.prefix() + "_…").setHeader(getTranslation("tokens.prefix")).setFlexGrow(1);
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader(getTranslation("tokens.created"))
                .setFlexGrow(1);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never")
                : Formats.dateTime(t.lastUsedAt())).setHeader(getTranslation("tokens.last-used"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::revokeButton).setKey(ACTIONS_COLUMN).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tokens.none"));

        Paragraph timesZone = new Paragraph(getTranslation("times.in-zone", Formats.zoneName()));
        timesZone.setId("times-zone");
        add(new H2(getTranslation("menu.tokens")), intro, docs, form, checks.messages(), created,
                new H3(getTranslation("tokens.active")), grid, timesZone);
        refresh();
    }

    private void create(TokenKind kind) {
        NewToken[] made = new NewToken[1];
        if (checks.run(() -> made[0] = tokens.create(kind, name.getValue()))) {
            show(made[0]);
            name.clear();
            refresh();
        }
    }

    /** The secret (or the feed's address), this one time, with a button that copies it. */
    private void show(NewToken token) {
        String value = token.token().kind().isCalendar() ? feedUrl(token.secret()) : token.secret();
        TextField secret = new TextField(getTranslation(token.token().kind().isCalendar()
                ? "tokens.feed-url" : "tokens.secret"));
        secret.setId("new-token-secret");
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(getTranslation("tokens.copy"), VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value);
            Messages.showSuccess(this, "tokens.copied");
        });
        copy.setId("copy-new-token");
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph once = new Paragraph(getTranslation("tokens.shown-once", token.token().name()));
        once.getStyle().set("font-weight", "600");
        created.removeAll();
        created.add(once, row);
        created.getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("border", "1px solid var(--lumo-success-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        created.setVisible(true);
    }

    private static String feedUrl(String secret) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String base = "";
        if (request != null) {
            var http = request.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            base = http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath();
        }
        return base + "/calendar/" + secret + ".ics";
    }

    private Button revokeButton(TokenSummary token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), VaadinIcon.BAN.create(), e -> confirmRevoke(token));
        revoke.setId("revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void confirmRevoke(TokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke");
        confirm.setHeader(getTranslation("tokens.revoke-title", token.name()));
        confirm.setText(getTranslation("tokens.revoke-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tokens.revoke"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(e -> {
            try {
                tokens.revoke(token.id());
                Messages.showSuccess(this, "tokens.revoked", token.name());
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tokens") + " | " + getTranslation("app.title");
    }
}
