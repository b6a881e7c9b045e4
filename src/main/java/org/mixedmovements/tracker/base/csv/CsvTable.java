package org.mixedmovements.tracker.base.csv;

import org.mixedmovements.tracker.base.InputPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mixedmovements.tracker.base.InvalidInputException;

/**
 * A CSV file as a spreadsheet in English or Spanish writes it: UTF-8 with or without a byte-order mark, comma or
 * semicolon between cells (whichever the header line uses), a header row naming the columns in any order.
 */
public final class CsvTable {

    /** One data row; {@code number} is the line as a spreadsheet shows it (the header is row 1). */
    public record Row(int number, Map<String, String> cells) {

        /**
         * The trimmed cell in the input policy's form (NFC, line ends as {@code \n}; {@link InputPolicy#normalise}),
         * or an empty string when the column is missing or the cell is blank.
         */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : InputPolicy.normalise(value);
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** A table read some other way (a workbook's sheet), with its columns named as {@link #read} names them. */
    public static CsvTable of(List<String> columns, List<Row> rows) {
        return new CsvTable(List.copyOf(columns), List.copyOf(rows));
    }

    public static CsvTable read(InputStream in, String fileName) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(64 * 1024);
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw InvalidInputException.of(fileName, "import.error.empty-file");
            }
            reader.reset();
            char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> columns = parser.getHeaderNames().stream()
                        .map(c -> c.strip().toLowerCase(Locale.ROOT))
                        .toList();
                List<Row> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size() && i < record.size(); i++) {
                        cells.put(columns.get(i), record.get(i));
                    }
                    rows.add(new Row((int) record.getRecordNumber() + 1, cells));
                }
                return new CsvTable(columns, rows);
            }
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of(fileName, "import.error.unreadable", e.getMessage());
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The columns that a file must have and this one lacks. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !columns.contains(c)).toList();
    }
}
