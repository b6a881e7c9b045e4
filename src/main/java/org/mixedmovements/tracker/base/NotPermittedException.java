package org.mixedmovements.tracker.base;

/** The signed-in user may not do this: wrong role, or the thing belongs to another organisation. */
public class NotPermittedException extends UserFacingException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
