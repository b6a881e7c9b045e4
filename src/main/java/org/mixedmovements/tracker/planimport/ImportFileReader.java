package org.mixedmovements.tracker.planimport;

import org.mixedmovements.tracker.base.InputPolicy;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.planimport.ImportFile.SheetKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads uploaded files into sheets, by what they contain and not by their names: an Excel workbook (.xlsx, a zip)
 * gives one sheet per non-empty worksheet; anything else must be UTF-8 text and is read as CSV. Each sheet is told
 * apart by its columns. Refuses files over the size limit, more rows than the row limit, and any other kind of file
 * (a PDF renamed .csv, an old .xls). A formula in a workbook is kept as its text ({@code =HYPERLINK(...)}), never
 * computed.
 */
@Component
class ImportFileReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** No part of a 5 MB workbook of 5,000 rows comes near this once unzipped; a zip bomb does. */
    private static final long MAX_UNZIPPED_ENTRY = 100L * 1024 * 1024;

    private final long maxBytes;
    private final int maxRows;

    ImportFileReader(@Value("${tracker.import.max-bytes:5242880}") long maxBytes,
                     @Value("${tracker.import.max-rows:5000}") int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNZIPPED_ENTRY));
    }

    long maxBytes() {
        return maxBytes;
    }

    int maxRows() {
        return maxRows;
    }

    ImportFile read(List<UploadedFile> files) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportFile.Sheet> sheets = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            throw ImportRejected.ofFile(null, "import.error.no-file");
        }
        for (UploadedFile file : files) {
            String name = file.name();
            byte[] bytes = file.content();
            if (bytes.length > maxBytes) {
                problems.add(new ImportProblem(name, null, null, "import.error.too-large", name, megabytes(maxBytes)));
            } else if (startsWith(bytes, ZIP)) {
                sheets.addAll(workbook(name, bytes, problems));
            } else if (startsWith(bytes, OLE2)) {
                problems.add(new ImportProblem(name, null, null, "import.error.old-excel", name));
            } else if (startsWith(bytes, PDF) || !isText(bytes)) {
                problems.add(new ImportProblem(name, null, null, "import.error.file-type", name));
            } else {
                try {
                    sheets.add(sheet(name, CsvTable.read(new ByteArrayInputStream(bytes), name)));
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> problems.add(new ImportProblem(name, p.row(), null, p.messageKey(),
                            p.arguments())));
                }
            }
        }
        Map<SheetKind, ImportFile.Sheet> seen = new EnumMap<>(SheetKind.class);
        for (ImportFile.Sheet sheet : sheets) {
            controlCharacters(sheet, problems);
            if (sheet.kind() == null) {
                problems.add(new ImportProblem(sheet.name(), null, null, "import.error.unknown-sheet",
                        String.join(", ", sheet.headers().values())));
            } else if (seen.putIfAbsent(sheet.kind(), sheet) != null) {
                problems.add(new ImportProblem(sheet.name(), null, null, "import.error.duplicate-sheet",
                        seen.get(sheet.kind()).name()));
            }
        }
        int rows = sheets.stream().mapToInt(s -> s.table().rows().size()).sum();
        if (rows > maxRows) {
            problems.add(new ImportProblem(null, null, null, "import.error.too-many-rows", rows, maxRows));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return new ImportFile(sheets);
    }

    /** The input policy on every cell: a workbook's cell may hold control characters a CSV file may not. */
    private static void controlCharacters(ImportFile.Sheet sheet, List<ImportProblem> problems) {
        for (CsvTable.Row row : sheet.table().rows()) {
            row.cells().forEach((column, value) -> {
                if (InputPolicy.hasControls(value)) {
                    problems.add(new ImportProblem(sheet.name(), row.number(), sheet.header(column),
                            "validation.control-characters"));
                }
            });
        }
    }

    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** A sheet with its columns in English; kind null when the columns make no sheet an import knows. */
    static ImportFile.Sheet sheet(String name, CsvTable table) {
        Map<String, String> headers = new LinkedHashMap<>();
        CsvTable english = Columns.canonical(table, headers);
        return new ImportFile.Sheet(name, Columns.kindOf(english.columns()), english, headers);
    }

    private List<ImportFile.Sheet> workbook(String name, byte[] bytes, List<ImportProblem> problems) {
        List<ImportFile.Sheet> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                String sheetName = name + " / " + sheet.getSheetName();
                if (sheet.getPhysicalNumberOfRows() == 0) {
                    continue;
                }
                if (sheet.getLastRowNum() - sheet.getFirstRowNum() > maxRows) {
                    problems.add(new ImportProblem(sheetName, null, null, "import.error.too-many-rows",
                            sheet.getLastRowNum() - sheet.getFirstRowNum(), maxRows));
                    continue;
                }
                CsvTable table = table(sheet);
                if (table != null) {
                    sheets.add(sheet(sheetName, table));
                }
            }
        } catch (Exception unreadable) {
            // not a workbook (another zip, a damaged or hostile file): say so, whatever POI made of it
            problems.add(new ImportProblem(name, null, null, "import.error.not-excel", name));
        }
        return sheets;
    }

    /** The worksheet as a table: its first non-empty row names the columns; blank rows are skipped. */
    private static CsvTable table(Sheet sheet) {
        List<String> columns = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (columns == null) {
                columns = cells.stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size() && i < cells.size(); i++) {
                if (!columns.get(i).isEmpty()) {
                    values.putIfAbsent(columns.get(i), cells.get(i));
                }
            }
            rows.add(new CsvTable.Row(row.getRowNum() + 1, values));
        }
        return columns == null ? null : CsvTable.of(columns, rows);
    }

    /** What the cell shows as text; a date as ISO, a formula as its text. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text without NUL or other control characters than tab and line ends. */
    static boolean isText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
