package org.mixedmovements.tracker.planimport;

/**
 * One thing wrong in an import file: where (sheet, row as the spreadsheet numbers it, column as the file names it;
 * each may be null when the problem is with the whole file or sheet) and a message key with its arguments.
 */
public record ImportProblem(String sheet, Integer row, String column, String messageKey, Object... arguments) {
}
