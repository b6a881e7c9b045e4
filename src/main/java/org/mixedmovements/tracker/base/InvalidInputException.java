package org.mixedmovements.tracker.base;

import java.util.List;

/** Input that cannot be accepted; lists every problem found, so the user can fix them all at once. Nothing was saved. */
public class InvalidInputException extends UserFacingException {

    /** One problem: where (a field, optionally a row) and a message key with its arguments. */
    public record Problem(String field, Integer row, String messageKey, Object... arguments) {

        public static Problem of(String field, String messageKey, Object... arguments) {
            return new Problem(field, null, messageKey, arguments);
        }

        public static Problem atRow(int row, String field, String messageKey, Object... arguments) {
            return new Problem(field, row, messageKey, arguments);
        }
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("error.invalid-input", problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(Problem.of(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
