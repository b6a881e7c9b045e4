package org.mixedmovements.tracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Where a mailed one-time sign-in link (forgot password) opens: a button that signs in with the link's token. Only
 * the button's POST uses the token (Spring Security's one-time token login), so a mail scanner that opens the link
 * does not use it up. After signing in the person sets a new password ("My account").
 */
@Route(value = "login/ott", autoLayout = false)
@AnonymousAllowed
class SignInLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_TOKEN = 100;

    private final Element form = new Element("form");
    private final Element token = hidden("token");

    SignInLinkView() {
        setId("sign-in-link-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/ott");
        form.appendChild(token);
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            Element csrfField = hidden(csrf.getParameterName());
            csrfField.setAttribute("value", csrf.getToken());
            form.appendChild(csrfField);
        }
        Button signIn = new Button(getTranslation("sign-in-link.action"),
                e -> form.executeJs("this.submit()"));
        signIn.setId("sign-in-with-link");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("sign-in-link.intro"));
        intro.addClassName("sign-in-link-intro");
        add(new H1(getTranslation("sign-in-link.title")), intro, signIn);
        getElement().appendChild(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String value = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        token.setAttribute("value", value.length() > MAX_TOKEN ? "" : value);
    }

    private static Element hidden(String name) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        return input;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in-link.title") + " | " + getTranslation("app.title");
    }
}
