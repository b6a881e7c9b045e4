package org.mixedmovements.tracker.planimport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.base.csv.CsvTable;

/**
 * What was read from the files of one import: a plan sheet, a recommendations sheet, a milestones sheet (each a CSV
 * file or a workbook's sheet, told apart by their columns), with the columns renamed to their English names.
 *
 * @param sheets in the order read
 */
public record ImportFile(List<Sheet> sheets) {

    /** The three kinds of sheet an import knows. */
    public enum SheetKind { PLAN, RECOMMENDATIONS, MILESTONES }

    /**
     * One sheet.
     *
     * @param name    the file name (without any folder) or "file name / sheet name" of a workbook, for messages
     * @param headers for each English column name, the header as the file wrote it (perhaps in Spanish)
     */
    public record Sheet(String name, SheetKind kind, CsvTable table, Map<String, String> headers) {

        /** The column as the file names it, for messages. */
        public String header(String column) {
            return headers.getOrDefault(column, column);
        }
    }

    public Optional<Sheet> sheet(SheetKind kind) {
        return sheets.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Data rows of every sheet. */
    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.table().rows().size()).sum();
    }
}
