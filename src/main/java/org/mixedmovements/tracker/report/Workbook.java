package org.mixedmovements.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * An Excel workbook written in a streaming way (POI's SXSSF): only a window of rows stays in memory, the rest goes to
 * a temporary file until the workbook is written out. Text stays text (a string cell, with the quote prefix when it
 * looks like a formula), numbers are numbers, dates are dates in the user's date pattern, and a compliance status is
 * its words on the dashboard's colour.
 */
final class Workbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle quoted;
    private final java.util.Map<ComplianceStatus, CellStyle> statuses = new java.util.EnumMap<>(ComplianceStatus.class);

    Workbook(Texts texts) {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(texts.spreadsheetDatePattern()));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    /** A new sheet; {@code widths} in characters, one per column. */
    Table sheet(String name, int... widths) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        return new Table() {
            private int next;

            @Override
            public void header(List<String> names) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(names.get(c));
                    cell.setCellStyle(header);
                }
                sheet.createFreezePane(0, next);
            }

            @Override
            public void row(List<?> values) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof StatusCell status) {
                        cell.setCellValue(status.label());
                        if (status.status() != null) {
                            cell.setCellStyle(statuses.computeIfAbsent(status.status(), Workbook.this::statusStyle));
                        }
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        if (Table.isFormulaLike(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
            }
        };
    }

    /** A status's cell: the dashboard's colour, lightened, behind the status in words (colour never alone). */
    private CellStyle statusStyle(ComplianceStatus status) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        java.awt.Color light = StatusPalette.light(status);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) light.getRed(), (byte) light.getGreen(),
                (byte) light.getBlue()}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose(); // the temporary files of the rows already written
        }
    }
}
