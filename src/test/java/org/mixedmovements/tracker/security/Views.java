package org.mixedmovements.tracker.security;

import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Every view of the application, found on the classpath: a new view is in every list at once. */
final class Views {

    private Views() {
    }

    static List<Class<?>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.mixedmovements.tracker").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** The view's address, with {@code 1} for a route parameter (the access check comes before the look-up). */
    static String path(Class<?> view) {
        String route = view.getAnnotation(Route.class).value();
        return "/" + route.replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "1");
    }
}
