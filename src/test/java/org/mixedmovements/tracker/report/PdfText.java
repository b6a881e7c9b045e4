package org.mixedmovements.tracker.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.mixedmovements.tracker.base.ExportFile;

/** The text a PDF export shows, page after page, for the tests that read one. */
public final class PdfText {

    private PdfText() {
    }

    /** Writes the file and extracts its text. */
    public static String of(ExportFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return of(out.toByteArray());
    }

    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /**
     * The text without white space: the extractor runs the cells of a table row together and breaks long words in
     * narrow columns, so phrases are compared without spaces and line breaks.
     */
    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
