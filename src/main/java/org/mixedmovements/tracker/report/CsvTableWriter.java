package org.mixedmovements.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the accents), written to the output as rows
 * come. Dates as the user's language writes them; text that looks like a formula gets a leading apostrophe.
 */
final class CsvTableWriter implements Table {

    private final CSVPrinter printer;
    private final Texts texts;

    CsvTableWriter(OutputStream out, Texts texts) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        this.texts = texts;
    }

    @Override
    public void header(List<String> names) {
        print(names);
    }

    @Override
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        print(cells);
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return texts.date(date);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        return Table.isFormulaLike(text) ? "'" + text : text;
    }

    private void print(List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is left; the output stream stays open for its owner to close. */
    void finish() throws IOException {
        printer.flush();
    }
}
