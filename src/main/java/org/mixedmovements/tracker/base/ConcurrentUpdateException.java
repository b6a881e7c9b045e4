package org.mixedmovements.tracker.base;

/**
 * Two people changed the same thing at the same moment and this change lost the race. Nothing was saved; the action
 * may be tried again (services do so a few times before telling the user).
 */
public class ConcurrentUpdateException extends StateConflictException {

    public ConcurrentUpdateException() {
        super("error.concurrent-update");
    }
}
