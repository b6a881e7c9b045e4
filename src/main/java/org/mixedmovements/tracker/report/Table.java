package org.mixedmovements.tracker.report;

import java.util.List;

/**
 * A table being written row by row (a CSV file or a sheet of a workbook). Values are text, numbers or dates (null for
 * an empty cell); text that a spreadsheet would read as a formula is kept as text ({@link #isFormulaLike}).
 */
interface Table {

    void header(List<String> names);

    void row(List<?> values);

    /**
     * Whether a spreadsheet would take the text for a formula (or, through a tab or carriage return, for more cells):
     * it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
     */
    static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
