package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The frame of every task dialog: a title, a cancel button, and actions that call the service, confirm success and
 * refresh the list, or show the refusal and keep the dialog open with what the user typed.
 */
abstract class TaskDialog extends Dialog {

    private final TaskCard card;
    private final Runnable onDone;

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

    /** A footer button that runs the action and, if the service accepts it, confirms with the message. */
    Button action(String id, String labelKey, String successKey, Runnable action, ButtonVariant... variants) {
        Button button = button(id, labelKey, successKey, action, variants);
        getFooter().add(button);
        return button;
    }

    /** Like {@link #action}, for a button placed in the body of the dialog, next to the fields it sends. */
    Button button(String id, String labelKey, String successKey, Runnable action, ButtonVariant... variants) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                Messages.showSuccess(this, successKey, card.recommendationCode());
                close();
                onDone.run();
            } catch (RuntimeException refused) {
                if (!showInForm(refused)) {
                    Messages.showError(refused);
                }
            }
        });
        button.setId(id);
        button.addThemeVariants(variants);
        return button;
    }
}
