package org.mixedmovements.tracker.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF embeds: Liberation Sans (regular, bold, italic) from OpenPDF's extra fonts, written as Unicode
 * (Identity-H) and subset to the characters used, so that every name and place of the region prints as typed
 * ("São Paulo, Cap-Haïtien, Ñuble, œ, €, ≥") and a reader's text extraction gives the same text back. The built-in
 * Helvetica of PDF viewers covers Latin-1 only.
 */
final class PdfFonts {

    static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }
}
