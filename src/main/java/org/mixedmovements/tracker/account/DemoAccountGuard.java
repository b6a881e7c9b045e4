package org.mixedmovements.tracker.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code demo} profile while demo accounts (with their published password) exist, so a
 * database that served a demo cannot go live by accident.
 */
@Component
@Profile("!demo")
@Order(0)
class DemoAccountGuard implements ApplicationRunner {

    private final AppUserRepository users;

    DemoAccountGuard(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByDemoTrue()) {
            throw new IllegalStateException("This database holds demo accounts with a published password. "
                    + "Start with the 'demo' profile, or use a database without demo data.");
        }
    }
}
