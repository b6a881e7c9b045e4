package org.mixedmovements.tracker.base;

import java.util.Arrays;

/**
 * A refusal the user should read: it carries a message key of the translation bundles and its arguments, never a
 * stack trace. Thrown by application services; the UI and the API translate it.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
