package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.security.SingleSignOnProviders;
import org.mixedmovements.tracker.base.security.SingleSignOnProviders.Provider;

/**
 * On the login page: a button for each identity provider configured (nothing when there is none), and, back from a
 * provider, why the person is not signed in: the tracker has no account with the address the provider verified, or
 * the provider did not sign them in. Styled inline: the login page's visitors are not signed in, and the tracker's
 * style sheets are served to signed-in people only.
 */
class SingleSignOnButtons extends VerticalLayout implements BeforeEnterObserver {

    private final Paragraph message = new Paragraph();

    SingleSignOnButtons(SingleSignOnProviders providers) {
        setId("sso-providers");
        setPadding(false);
        setSpacing(true);
        setAlignItems(Alignment.CENTER);
        setWidth("20em");
        setMaxWidth("100%");
        message.setId("sso-message");
        message.getStyle().set("text-align", "center").set("font-weight", "600")
                .set("color", "var(--lumo-error-text-color)").set("margin", "0");
        message.setVisible(false);
        add(message);
        List<Provider> all = providers.all();
        if (all.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(getTranslation("login.sso.heading"));
        heading.getStyle().set("text-align", "center").set("margin", "0")
                .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(heading);
        for (Provider provider : all) {
            // a whole page load: the browser leaves for the provider
            Button button = new Button(getTranslation("login.sso.with", provider.displayName()),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(provider.path())));
            button.setId("sso-" + provider.registrationId());
            button.setWidthFull();
            add(button);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("refused")) {
            show("login.sso.refused");
        } else if (parameters.containsKey("sso-failed")) {
            show("login.sso.failed");
        }
    }

    private void show(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }
}
