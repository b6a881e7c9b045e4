package org.mixedmovements.tracker.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * What a password set by an administrator must be: at least 12 characters, at most 72 bytes (bcrypt reads no
 * further, so a longer one would silently count only its start), not the published demo password, not the username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final String FIELD = "password";

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, as problems of the field {@code password}; empty if it is acceptable. */
    static List<Problem> check(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add(Problem.of(FIELD, "validation.required"));
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(Problem.of(FIELD, "admin.password.too-short", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(Problem.of(FIELD, "admin.password.too-long", MAX_BYTES));
        }
        if (password.equals(DemoAccounts.PASSWORD)) {
            problems.add(Problem.of(FIELD, "admin.password.demo"));
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(FIELD, "admin.password.username"));
        }
        return problems;
    }
}
