package org.mixedmovements.tracker.base;

/** The thing asked for does not exist (or is not visible to the user). */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String what, Object id) {
        super("error.not-found", what, id);
    }
}
