package org.mixedmovements.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.frontend.ThemeUtils;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerApplication;

/**
 * The production jar's login page asked for {@code /VAADIN/themes//styles.css} (issue 22): in production mode Vaadin
 * links {@code themes/<name>/styles.css} for the application shell's {@code @Theme} value, and a {@code @Theme} that
 * only chose Lumo's light variant had the name "". This asks Vaadin's own code which theme stylesheets it will link
 * for the tracker's shell in production mode.
 */
class ThemeLinkTest {

    @Test
    void inProductionModeVaadinLinksNoThemeStylesheetWithoutAName() {
        VaadinContext context = new MapContext();
        context.setAttribute(ApplicationConfiguration.class, productionConfiguration(context));
        AppShellRegistry.getInstance(context).setShell(TrackerApplication.class);

        assertThat(ThemeUtils.getActiveThemes(context)).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    private static ApplicationConfiguration productionConfiguration(VaadinContext context) {
        return (ApplicationConfiguration) Proxy.newProxyInstance(ThemeLinkTest.class.getClassLoader(),
                new Class<?>[] {ApplicationConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isProductionMode" -> true;
                    case "getContext" -> context;
                    case "getPropertyNames" -> Collections.emptyEnumeration();
                    case "getStringProperty" -> args[1];
                    case "getBooleanProperty" -> args[1];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
    }

    /** A servlet context's attributes, without a servlet container. */
    private static final class MapContext implements VaadinContext {

        private final Map<Class<?>, Object> attributes = new HashMap<>();

        @Override
        public synchronized <T> T getAttribute(Class<T> type, Supplier<T> defaultValueSupplier) {
            Object value = attributes.get(type);
            if (value == null && defaultValueSupplier != null) {
                value = defaultValueSupplier.get();
                attributes.put(type, value);
            }
            return type.cast(value);
        }

        @Override
        public synchronized <T> void setAttribute(Class<T> clazz, T value) {
            attributes.put(clazz, value);
        }

        @Override
        public synchronized void removeAttribute(Class<?> clazz) {
            attributes.remove(clazz);
        }

        @Override
        public Enumeration<String> getContextParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String getContextParameter(String name) {
            return null;
        }
    }
}
