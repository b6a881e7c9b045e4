package org.mixedmovements.tracker.base;

/** The action does not fit the current state (the task was already done, the plan was already decided, ...). */
public class StateConflictException extends UserFacingException {

    public StateConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
