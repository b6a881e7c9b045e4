package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.UserFacingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Shows outcomes to the user in their language: refusals as their message, anything else as a generic error. */
public final class Messages {

    private Messages() {
    }

    static boolean isUserFacing(Throwable error) {
        return unwrap(error) != null || error instanceof AccessDeniedException;
    }

    /** The text of a refusal in the user's language, every problem of an invalid input on its own line. */
    public static String describe(Component component, Throwable error) {
        UserFacingException refusal = unwrap(error);
        if (refusal instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> (p.row() == null ? "" : component.getTranslation("error.at-row", p.row()) + " ")
                            + (p.field() == null ? "" : component.getTranslation("field." + p.field(), p.field()) + ": ")
                            + component.getTranslation(p.messageKey(), p.arguments()))
                    .collect(Collectors.joining("\n"));
        }
        if (refusal != null) {
            return component.getTranslation(refusal.messageKey(), refusal.arguments());
        }
        if (error instanceof AccessDeniedException) {
            return component.getTranslation("error.access-denied");
        }
        return component.getTranslation("error.unexpected");
    }

    public static void showError(Throwable error) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(describe(ui, error), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().getStyle().set("white-space", "pre-line");
        notification.open();
    }

    public static void showSuccess(Component component, String messageKey, Object... arguments) {
        Notification notification = new Notification(component.getTranslation(messageKey, arguments), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }

    private static UserFacingException unwrap(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException refusal) {
                return refusal;
            }
            if (t instanceof ConcurrencyFailureException) {
                // another person or node changed the same row first (optimistic lock, lock wait, deadlock):
                // nothing was saved, and the user is told to try again rather than shown an unexpected error
                return new ConcurrentUpdateException();
            }
        }
        return null;
    }
}
