package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The frame of every task dialog: a title, a cancel button, and actions that call the service, confirm success and
 * refresh the list, or show the refusal and keep the dialog open with what the user typed: each problem under its
 * field, anything else above the buttons, never a toast over the form ({@link FormChecks}).
 */
abstract class TaskDialog extends Dialog {

    private final TaskCard card;
    private final Runnable onDone;
    private final FormChecks checks = new FormChecks(this).refusalsShownBy(this::showInForm);
    private boolean messagesShown;

    TaskDialog(TaskCard card, String titleKey, Runnable onDone) {
        this.card = card;
        this.onDone = onDone;
        setHeaderTitle(getTranslation(titleKey, card.recommendationCode()));
        setWidth("min(48em, 100vw)");
        setMaxWidth("100%");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    /**
     * Lets a dialog show a refusal in its own form, beside the input it keeps, instead of a notification; true when it
     * did. None by default.
     */
    boolean showInForm(RuntimeException refused) {
        return false;
    }

    TaskCard card() {
        return card;
    }

    /** Problems under the fields registered here, the rest above the buttons; see {@link FormChecks}. */
    FormChecks checks() {
        return checks;
    }

    /** A field whose problems (by the service's name for it) show under it; required ones carry the mark. */
    <F extends HasValidation & HasValue<?, ?>> F field(String name, F field, boolean required) {
        return checks.field(name, field, required);
    }

    /** A footer button that runs the action and, if the service accepts it, confirms with the message. */
    Button action(String id, String labelKey, String successKey, Runnable action, ButtonVariant... variants) {
        if (!messagesShown) {
            // what belongs to no field shows in the dialog, under its fields and above its buttons
            add(checks.messages());
            messagesShown = true;
        }
        Button button = button(id, labelKey, successKey, action, variants);
        getFooter().add(button);
        return button;
    }

    /** Like {@link #action}, for a button placed in the body of the dialog, next to the fields it sends. */
    Button button(String id, String labelKey, String successKey, Runnable action, ButtonVariant... variants) {
        Button button = new Button(getTranslation(labelKey), e -> {
            if (checks.run(action)) {
                Messages.showSuccess(this, successKey, card.recommendationCode());
                close();
                onDone.run();
            }
        });
        button.setId(id);
        button.addThemeVariants(variants);
        return button;
    }
}
