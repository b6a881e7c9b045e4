package org.mixedmovements.tracker.base;

/**
 * The change was made on a version of the thing that is no longer the current one: someone else saved it after the
 * caller read it. Nothing was saved. Unlike {@link ConcurrentUpdateException} it is not tried again, since trying
 * again would save over the other person's change; the caller reads the thing again (the API's 412) or the view shows
 * what changed and keeps the person's input.
 */
public class StaleVersionException extends StateConflictException {

    private final long currentVersion;

    public StaleVersionException(String messageKey, long currentVersion, Object... arguments) {
        super(messageKey, arguments);
        this.currentVersion = currentVersion;
    }

    /** The version now stored: what the caller must have read to change it. */
    public long currentVersion() {
        return currentVersion;
    }
}
