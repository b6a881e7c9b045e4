package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Map;
import java.util.List;
import org.mixedmovements.tracker.base.security.SingleSignOnProviders;
import org.mixedmovements.tracker.base.security.SingleSignOnProviders.Provider;

/**
 * On the login page: a button for each identity provider configured (nothing when there is none), and, back from a
 * provider, why the person is not signed in: the tracker has no account with the address the provider verified, or
 * the provider did not sign them in.
 */
class SingleSignOnButtons extends Div implements BeforeEnterObserver {

    private final Paragraph message = new Paragraph();

    SingleSignOnButtons(SingleSignOnProviders providers) {
        setId("sso-providers");
        addClassName("sso-providers");
        message.setId("sso-message");
        message.addClassName("sso-message");
        message.setVisible(false);
        add(message);
        List<Provider> all = providers.all();
        if (all.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(getTranslation("login.sso.heading"));
        heading.addClassName("sso-heading");
        add(heading);
        for (Provider provider : all) {
            Anchor button = new Anchor(provider.path(), getTranslation("login.sso.with", provider.displayName()));
            button.setId("sso-" + provider.registrationId());
            button.addClassName("sso-provider");
            // a whole page load: the browser leaves for the provider
            button.setRouterIgnore(true);
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
