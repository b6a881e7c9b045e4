package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.UserFacingException;

/**
 * Runs a form's action and shows a refusal where the user looks: each problem of an invalid input on its field (by the
 * field name the service used), and the whole message as a notification.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** Whether the action went through; if not, the fields and a notification say why and nothing was saved. */
    public static boolean run(Component form, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(form.getTranslation(problem.messageKey(), problem.arguments()));
                    field.setInvalid(true);
                }
            }
            Messages.showError(invalid);
            return false;
        } catch (UserFacingException refusal) {
            Messages.showError(refusal);
            return false;
        }
    }
}
