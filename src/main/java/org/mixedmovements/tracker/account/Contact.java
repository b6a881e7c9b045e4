package org.mixedmovements.tracker.account;

import java.util.Locale;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;

/** How to reach an enabled user: email address (may be absent) and the language they chose ('en' or 'es'). */
public record Contact(Long id, String username, String displayName, String email, Locale locale,
                      Long organisationId, Set<Role> roles) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
