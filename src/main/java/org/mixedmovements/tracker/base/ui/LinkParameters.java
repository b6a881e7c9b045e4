package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.router.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/** A view's filters kept in its link ("?plan=3&theme=..."): read from the link, and one of them changed. */
public final class LinkParameters {

    private LinkParameters() {
    }

    /** The first value of each parameter the link carries (a parameter given without a value is left out). */
    public static Map<String, String> of(Location location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        location.getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        return parameters;
    }

    /** The parameters with {@code name} set to {@code value}, or removed when the value is null; in the same order. */
    public static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }
}
