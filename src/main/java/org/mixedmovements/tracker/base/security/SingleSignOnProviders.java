package org.mixedmovements.tracker.base.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers people may sign in with, one button each on the login page: those configured under
 * {@code spring.security.oauth2.client.registration.<id>} (docs/operations.md, "Single sign-on"). None by default,
 * and then the login page shows only the password form.
 */
@Component
public class SingleSignOnProviders {

    /** A provider as the login page shows it: its button leads to {@link #path()}. */
    public record Provider(String registrationId, String displayName) {

        /** Where the browser starts signing in through this provider (Spring Security's endpoint). */
        public String path() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    private final List<Provider> providers;

    SingleSignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        registrations.ifAvailable(repository -> {
            if (repository instanceof Iterable<?> all) {
                for (Object each : all) {
                    ClientRegistration registration = (ClientRegistration) each;
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        });
        found.sort(Comparator.comparing(Provider::displayName));
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }
}
