package org.mixedmovements.tracker.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * What a password set by an administrator must be: at least 12 characters, at most 72 bytes (bcrypt reads no
 * further, so a longer one would silently count only its start), not the published demo password, not the username,
 * not a well-known weak password (such as {@code admin}, {@code password}, {@code changeit} with or without digits
 * around it) and not made of fewer than five different characters. The same rules apply to every password the
 * tracker sets: an administrator's new account or new password, and the first administrator of a real deployment.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final String FIELD = "password";

    static final int MIN_DISTINCT = 5;
    /** Words that make a password guessable whatever digits or punctuation surround them. */
    private static final List<String> WEAK_WORDS = List.of("administrator", "contraseña", "contrasena", "password",
            "passwort", "changeit", "changeme", "letmein", "welcome", "default", "camunda", "tracker", "secret",
            "qwerty", "azerty", "123456", "abcdef", "admin", "demo"); // longest first: "administrator" before "admin"

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
        } else if (isWeak(password)) { // the demo password is weak too, but its own reason says more
            problems.add(Problem.of(FIELD, "admin.password.weak"));
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(FIELD, "admin.password.username"));
        }
        return problems;
    }

    /**
     * A well-known word with only digits, punctuation or case around it ("Password2024!", "admin-admin-1"), or fewer
     * than {@value #MIN_DISTINCT} different characters ("aaaaaaaaaaaa", "121212121212").
     */
    static boolean isWeak(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return true;
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        String rest = lower;
        for (String word : WEAK_WORDS) {
            rest = rest.replace(word, "");
        }
        boolean onlyWeakWordsAndFiller = !rest.equals(lower) && rest.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]", "").isEmpty();
        return onlyWeakWordsAndFiller || (letters.isEmpty() && lower.matches("[0-9]+") && isSequence(lower));
    }

    /** Digits counting up or down, such as 123456789012 or 987654321098. */
    private static boolean isSequence(String digits) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = (digits.charAt(i) - digits.charAt(i - 1) + 10) % 10;
            up &= step == 1;
            down &= step == 9;
        }
        return up || down;
    }

    /** The problems in words for a log or a start-up error (never with the password itself). */
    static String describe(List<Problem> problems) {
        List<String> words = new ArrayList<>();
        for (Problem problem : problems) {
            words.add(switch (problem.messageKey()) {
                case "validation.required" -> "it is empty";
                case "admin.password.too-short" -> "it must have at least " + MIN_LENGTH + " characters";
                case "admin.password.too-long" -> "it must have at most " + MAX_BYTES + " bytes";
                case "admin.password.demo" -> "it must not be the demo password";
                case "admin.password.weak" -> "it is a well-known weak password";
                case "admin.password.username" -> "it must not be the username";
                default -> problem.messageKey();
            });
        }
        return String.join("; ", words);
    }
}
