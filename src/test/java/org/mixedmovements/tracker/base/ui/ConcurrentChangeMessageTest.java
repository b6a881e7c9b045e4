package org.mixedmovements.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A change that lost a race with another person or node (optimistic lock, or a lock wait or deadlock on PostgreSQL) is
 * a refusal the user can act on ("try again"), not an unexpected error.
 */
class ConcurrentChangeMessageTest {

    @Test
    void aChangeThatLostARaceIsShownAsTryAgainAndNotLoggedAsAnUnexpectedError() {
        assertThat(Messages.isUserFacing(new ObjectOptimisticLockingFailureException("Milestone", 7L))).isTrue();
        assertThat(Messages.isUserFacing(new CannotAcquireLockException("deadlock detected"))).isTrue();
        assertThat(Messages.isUserFacing(new IllegalStateException("a bug"))).isFalse();
    }
}
