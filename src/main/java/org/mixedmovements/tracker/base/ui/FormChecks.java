package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * A form's checks, shown where the person looks: each problem under its field, by the field name the service gives it,
 * and what belongs to no field in a list inside the form (above its buttons), never in a toast over the form.
 * <p>
 * Where the service offers its rules as a pure check ({@code rules}), a field is checked as soon as the person leaves
 * or changes it, by the same rules the service applies when the form is sent (one rule, not a copy in the view); on
 * sending, every field is checked and the service is not called while anything is wrong. The service checks again and
 * saves nothing if it refuses; its refusal lands on the fields and in the list the same way. Required fields carry the
 * required mark.
 */
public final class FormChecks {

    private final Component form;
    private Supplier<List<Problem>> rules;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final UnorderedList others = new UnorderedList();
    private boolean sent;
    private Predicate<RuntimeException> shownElsewhere = refused -> false;

    /** Checks shown only when the form is sent (the service's refusal). */
    public FormChecks(Component form) {
        this(form, List::of);
    }

    /** Checks by the service's rules as the person fills the form in, and again when it is sent. */
    public FormChecks(Component form, Supplier<List<Problem>> rules) {
        this.form = form;
        this.rules = rules;
        others.addClassName("form-problems");
        others.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "var(--lumo-space-s) 0")
                .set("white-space", "pre-line");
        others.setVisible(false);
    }

    /** Checks by these rules from now on (a form that learns its rules after it was built). */
    public FormChecks checkedBy(Supplier<List<Problem>> rules) {
        this.rules = rules;
        return this;
    }

    /**
     * Lets the form show some refusals in a way of its own (what changed meanwhile, beside the input it keeps); the
     * predicate says whether it did. It sees every refusal first.
     */
    public FormChecks refusalsShownBy(Predicate<RuntimeException> shown) {
        this.shownElsewhere = shown;
        return this;
    }

    /** Registers a field under the name the service gives its problems; required fields get the mark. */
    public <F extends HasValidation & HasValue<?, ?>> F field(String name, F field, boolean required) {
        fields.put(name, field);
        // the field shows these checks only, not a constraint check of its own that would clear them
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(required);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                touched.add(name);
                show(rules.get());
            }
        });
        return field;
    }

    /** The list of what belongs to no field: add it to the form where it should show (above the buttons). */
    public UnorderedList messages() {
        return others;
    }

    /**
     * Sends the form: checks every field first, then runs the action. Whether it went through; if not, nothing was
     * saved and the fields and the list say why.
     */
    public boolean run(Runnable action) {
        sent = true;
        List<Problem> found = rules.get();
        show(found);
        if (!found.isEmpty()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (RuntimeException refused) {
            if (shownElsewhere.test(refused)) {
                show(List.of());
                return false;
            }
            if (!Messages.isUserFacing(refused)) {
                throw refused;
            }
            if (refused instanceof InvalidInputException invalid) {
                show(invalid.problems());
            } else {
                show(List.of());
                list(List.of(Messages.describe(form, refused)));
            }
            return false;
        }
    }

    /** Clears every message (the form was reset for a new entry). */
    public void clear() {
        sent = false;
        touched.clear();
        show(List.of());
    }

    private void show(List<Problem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        List<String> unplaced = new ArrayList<>();
        for (Problem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = form.getTranslation(problem.messageKey(), problem.arguments());
            if (field == null) {
                if (sent) {
                    unplaced.add(Messages.describe(form, new InvalidInputException(List.of(problem))));
                }
            } else if (sent || touched.contains(problem.field())) {
                // several problems of one field read one after the other
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + message : message);
                field.setInvalid(true);
            }
        }
        list(unplaced);
    }

    private void list(List<String> lines) {
        others.removeAll();
        lines.forEach(line -> others.add(new ListItem(line)));
        others.setVisible(!lines.isEmpty());
    }
}
