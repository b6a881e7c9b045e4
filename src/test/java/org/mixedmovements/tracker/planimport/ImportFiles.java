package org.mixedmovements.tracker.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files as spreadsheets write them, for tests: CSV text and Excel workbooks made with POI. */
public final class ImportFiles {

    private static final AtomicInteger PLANS = new AtomicInteger();

    private ImportFiles() {
    }

    /** A plan code no other test uses. */
    public static String newPlanCode() {
        return "IMP-" + System.nanoTime() % 1_000_000 + "-" + PLANS.incrementAndGet();
    }

    public static UploadedFile csv(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A workbook: each sheet's rows as lists of cells; a LocalDate becomes a date cell, a text "=..." a formula. */
    public static UploadedFile xlsx(String name, Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (Object value : values) {
                        Cell cell = row.createCell(c++);
                        if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value instanceof String s && s.startsWith("=")) {
                            cell.setCellFormula(s.substring(1));
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return new UploadedFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook with Spanish sheet names and headers: the plan, two recommendations (R1 regional, R2 national for
     * Colombia and Peru, with an HTML title) and three proposed milestones (one with a formula for a title).
     */
    public static UploadedFile spanishWorkbook(String planCode, LocalDate due) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Plan", List.of(
                List.of("Código", "Título", "Fuente", "Fecha de publicación", "Idiomas", "Zona horaria"),
                List.of(planCode, "Plan de prueba", "Estudio", LocalDate.of(2024, 7, 16), "es", "America/Bogota")));
        sheets.put("Recomendaciones", List.of(
                List.of("Código", "Título", "Tema", "Nivel de coordinación", "Ámbito", "Países", "Depende de",
                        "Texto completo"),
                List.of("R1", "Mecanismo único", "Mecanismo", "Ambos", "Regional", "", "", "Texto de R1."),
                List.of("R2", "<script>alert('x')</script> Planes nacionales", "Países", "Operativo", "Nacional",
                        "CO; PE", "R1", "Texto de R2.")));
        sheets.put("Hitos", List.of(
                List.of("Recomendación", "Título", "Responsable", "País", "Inicio previsto", "Fecha límite",
                        "Requiere evidencia"),
                List.of("R1", "=HYPERLINK(\"http://example.org\",\"Términos de referencia\")", "OCHA", "", "",
                        due, "sí"),
                List.of("R2", "Plan de Colombia", "R4V", "CO", "", due.format(
                        java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")), "no"),
                List.of("R2", "Plan de Perú", "r4v", "pe", "", due.toString(), "")));
        sheets.put("Notas vacías", List.of());
        return xlsx("../../plan-" + planCode + ".xlsx", sheets);
    }
}
