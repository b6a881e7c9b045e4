package org.mixedmovements.tracker;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Views tested without a browser (Karibu-Testing) against the real services and database. {@link #signIn} sets the
 * user both for Spring Security and on the fake request, so Vaadin's view access checks run as in production.
 */
@TrackerTest
public abstract class UiTest {

    static final Routes ROUTES = routes();

    /**
     * The application's views. Karibu discovers public views only; ours are package-private, as the Vaadin guide
     * advises, so add them. Public for the benchmark's mock sessions.
     */
    @SuppressWarnings("unchecked")
    public static Routes routes() {
        Routes discovered = new Routes().autoDiscoverViews("org.mixedmovements.tracker");
        Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.mixedmovements.tracker")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, discovered.getErrorRoutes(), true);
    }

    @Autowired protected ApplicationContext context;
    @Autowired protected Fixtures fixtures;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        fixtures.signOut();
    }

    /** Starts a new UI with the user already signed in before Vaadin creates it, as after a real sign-in. */
    protected TrackerUser startSignedIn(String username) {
        MockVaadin.tearDown();
        fixtures.signIn(username);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        return signIn(username);
    }

    protected TrackerUser signIn(String username) {
        TrackerUser user = fixtures.signIn(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }


    /**
     * What the open forms say outside their fields (above their buttons, {@code FormChecks}): every line, whatever the
     * form; a refusal must show there or under its field, never only in a toast.
     */
    public static List<String> formProblems() {
        return LocatorJ._find(UnorderedList.class).stream().filter(list -> list.hasClassName("form-problems"))
                .flatMap(list -> list.getChildren()).map(item -> item.getElement().getText()).toList();
    }

    /** The message under a field, when the field is marked invalid (otherwise null). */
    public static String errorUnder(String fieldId) {
        Component field = LocatorJ._get(Component.class, spec -> spec.withId(fieldId));
        HasValidation validated = (HasValidation) field;
        return validated.isInvalid() ? validated.getErrorMessage() : null;
    }
}
