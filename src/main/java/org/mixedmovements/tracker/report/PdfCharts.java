package org.mixedmovements.tracker.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import java.util.function.IntFunction;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import org.mixedmovements.tracker.compliance.TrendLines;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The dashboard's charts drawn for the PDF report as vector paths (OpenPDF's content operators: arcs, rectangles and
 * lines, with their labels as text), so they stay sharp when printed or zoomed and their words can be searched: the
 * status ring, the progress per recommendation and the trend's two panels. Colours are the dashboard's palette
 * ({@code StatusColours}, Lumo's light theme) in RGB.
 */
final class PdfCharts {

    /** A count drawn in the ring, with its label and the status whose colour it takes. */
    record Slice(String label, long count, ComplianceStatus colour) {
    }

    static final float TREND_WIDTH = 370;
    static final float TREND_HEIGHT = 170;
    static final int PROGRESS_ROWS_PER_DRAWING = 20;

    private static final Color TRACK = new Color(0xE6, 0xE9, 0xED);
    private static final Color GRID = new Color(0xD5, 0xDA, 0xE0);
    private static final Color LABEL = new Color(0x55, 0x5F, 0x6D);
    private static final BaseFont FONT = PdfFonts.REGULAR;

    private PdfCharts() {
    }

    /** The status's colour, as on the dashboard (see {@link StatusPalette}). */
    static Color colour(ComplianceStatus status) {
        return status == null ? GRID : StatusPalette.strong(status);
    }

    /** The ring (one arc per status, clockwise from twelve o'clock), the total in its middle, the legend beside it. */
    static void ring(PdfContentByte canvas, List<Slice> slices, long total, String unit) {
        float cx = 60;
        float cy = 60;
        float r = 45;
        canvas.setLineWidth(16);
        canvas.setColorStroke(TRACK);
        canvas.circle(cx, cy, r);
        canvas.stroke();
        float start = 90;
        for (Slice slice : slices) {
            if (slice.count() == 0 || total == 0) {
                continue;
            }
            float extent = -360f * slice.count() / total;
            canvas.setColorStroke(colour(slice.colour()));
            canvas.arc(cx - r, cy - r, cx + r, cy + r, start, extent);
            canvas.stroke();
            start += extent;
        }
        text(canvas, String.valueOf(total), cx, cy + 2, 18, PdfContentByte.ALIGN_CENTER, Color.BLACK);
        text(canvas, unit, cx, cy - 12, 8, PdfContentByte.ALIGN_CENTER, LABEL);
        float y = 105;
        for (Slice slice : slices) {
            canvas.setColorFill(colour(slice.colour()));
            canvas.rectangle(140, y - 1, 8, 8);
            canvas.fill();
            text(canvas, slice.label() + ": " + slice.count(), 154, y, 9, PdfContentByte.ALIGN_LEFT, Color.BLACK);
            y -= 15;
        }
    }

    static float ringHeight() {
        return 120;
    }

    /** One line per recommendation: its code, a bar filled to its progress in its worst status's colour, the %. */
    static void progress(PdfContentByte canvas, List<RecommendationProgress> rows, float width) {
        float y = rows.size() * 14f - 11;
        for (RecommendationProgress r : rows) {
            text(canvas, r.code(), 0, y + 1, 9, PdfContentByte.ALIGN_LEFT, Color.BLACK);
            float barWidth = width - 110;
            canvas.setColorFill(TRACK);
            canvas.rectangle(50, y, barWidth, 8);
            canvas.fill();
            canvas.setColorFill(colour(r.worst()));
            canvas.rectangle(50, y, barWidth * Math.max(0, Math.min(100, r.progress())) / 100f, 8);
            canvas.fill();
            text(canvas, r.progress() + " %", width - 10, y + 1, 9, PdfContentByte.ALIGN_RIGHT, Color.BLACK);
            y -= 14;
        }
    }

    /**
     * One panel of the trend: its frame, month ticks labelled every second month, its top value, and each figure's
     * line (planned dashed).
     */
    static void trend(PdfContentByte canvas, TrendLines lines, TrendLines.Panel panel, String top,
                      IntFunction<String> monthLabel) {
        float left = 28;
        float bottom = 18;
        float width = TREND_WIDTH - left - 6;
        float height = TREND_HEIGHT - bottom - 6;
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(GRID);
        canvas.rectangle(left, bottom, width, height);
        canvas.stroke();
        for (int i = 0; i < lines.months().size(); i++) {
            float x = left + (float) lines.months().get(i).x() * width;
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, bottom + height);
            canvas.stroke();
            if (i % 2 == 0) {
                text(canvas, monthLabel.apply(i), x, bottom - 10, 7, PdfContentByte.ALIGN_CENTER, LABEL);
            }
        }
        text(canvas, top, left - 3, bottom + height - 6, 7, PdfContentByte.ALIGN_RIGHT, LABEL);
        text(canvas, "0", left - 3, bottom, 7, PdfContentByte.ALIGN_RIGHT, LABEL);
        canvas.setLineWidth(1.6f);
        for (TrendLines.Line line : lines.of(panel)) {
            canvas.setColorStroke(colour(line.figure().colour()));
            if (line.figure() == TrendLines.Figure.PLANNED) {
                canvas.setLineDash(4, 2, 0);
            } else {
                canvas.setLineDash(0);
            }
            for (List<TrendLines.Point> segment : line.segments()) {
                for (int i = 0; i < segment.size(); i++) {
                    float x = left + (float) segment.get(i).x() * width;
                    float y = bottom + (float) segment.get(i).y() * height;
                    if (i == 0) {
                        canvas.moveTo(x, y);
                    } else {
                        canvas.lineTo(x, y);
                    }
                }
                canvas.stroke();
            }
        }
        canvas.setLineDash(0);
    }

    /** The legend of the trend: a short line in each figure's colour and its name. */
    static void trendLegend(PdfContentByte canvas, List<String> names) {
        float x = 0;
        TrendLines.Figure[] figures = TrendLines.Figure.values();
        for (int i = 0; i < figures.length; i++) {
            canvas.setColorFill(colour(figures[i].colour()));
            canvas.rectangle(x, 4, 14, 3);
            canvas.fill();
            text(canvas, names.get(i), x + 18, 2, 8, PdfContentByte.ALIGN_LEFT, Color.BLACK);
            x += 24 + FONT.getWidthPoint(names.get(i), 8);
        }
    }

    private static void text(PdfContentByte canvas, String text, float x, float y, float size, int align,
                             Color colour) {
        canvas.beginText();
        canvas.setFontAndSize(FONT, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }
}
