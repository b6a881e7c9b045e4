package org.mixedmovements.tracker.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * A PDF document (A4 landscape, Liberation Sans embedded: {@link PdfFonts}) with what the reports need: a
 * title, headings, short facts, and tables that repeat their header on each page and are written to the output every
 * few rows, so a long list is not held in memory. Every page carries the footer and its number.
 */
final class Pdf implements AutoCloseable {

    private static final int FLUSH_EVERY = 50;
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6D);

    static final Font TITLE = new Font(PdfFonts.BOLD, 18);
    static final Font HEADING = new Font(PdfFonts.BOLD, 13);
    static final Font TEXT = new Font(PdfFonts.REGULAR, 10);
    static final Font SMALL = new Font(PdfFonts.REGULAR, 8.5f);
    static final Font SMALL_BOLD = new Font(PdfFonts.BOLD, 8.5f);
    static final Font NOTE = new Font(PdfFonts.ITALIC, 9, Font.NORMAL, MUTED);

    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
    private final PdfWriter writer;

    Pdf(OutputStream out, String footer, String pageLabel) {
        writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, NOTE),
                        d.left(), d.bottom() - 20, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(pageLabel + " " + w.getPageNumber(), NOTE), d.right(), d.bottom() - 20, 0);
            }
        });
        document.addCreator("Recommendation Tracker");
        document.open();
    }

    void title(String text) {
        add(new Paragraph(text, TITLE));
    }

    void heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        add(heading);
    }

    void text(String text) {
        add(new Paragraph(text, TEXT));
    }

    void note(String text) {
        Paragraph note = new Paragraph(text, NOTE);
        note.setSpacingAfter(4);
        add(note);
    }

    /**
     * A drawing of that size in points, painted as vector paths and text (a form XObject, never a raster image), kept
     * whole on one page.
     */
    void drawing(float width, float height, Consumer<PdfContentByte> painter) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        painter.accept(template);
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_LEFT);
            image.setSpacingBefore(4);
            add(image);
        } catch (BadElementException e) {
            throw new IllegalStateException("The chart could not be drawn", e);
        }
    }

    /** Label and value pairs, two columns without borders. */
    void facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        for (String[] pair : pairs) {
            table.addCell(borderless(pair[0], SMALL_BOLD));
            table.addCell(borderless(pair[1], SMALL));
        }
        add(table);
    }

    /** A table with these column headers and relative widths; add rows, then {@link Rows#end()}. */
    Rows table(List<String> headers, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        table.setSpacingBefore(2);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return new Rows(table);
    }

    /** The rows of a table being written. */
    final class Rows {
        private final PdfPTable table;
        private int count;

        private Rows(PdfPTable table) {
            this.table = table;
        }

        void row(List<String> cells) {
            for (String text : cells) {
                PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, SMALL));
                cell.setPadding(3.5f);
                table.addCell(cell);
            }
            if (++count % FLUSH_EVERY == 0) {
                add(table);
            }
        }

        int count() {
            return count;
        }

        void end() {
            table.setComplete(true);
            add(table);
        }
    }

    private static PdfPCell borderless(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    @Override
    public void close() {
        document.close();
    }
}
