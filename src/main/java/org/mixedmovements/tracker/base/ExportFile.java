package org.mixedmovements.tracker.base;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file a user downloads (a report, a workbook, a CSV table): its name, its media type, and how to write it. Nothing
 * is read until {@link #writeTo} runs, when the download is asked for; the file streams to the output as it is made.
 */
public record ExportFile(String fileName, String contentType, Content content) {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }
}
