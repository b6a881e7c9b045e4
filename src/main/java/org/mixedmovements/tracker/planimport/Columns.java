package org.mixedmovements.tracker.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.planimport.ImportFile.SheetKind;

/**
 * The columns of the import sheets, by their English names, and the other names a spreadsheet may give them (Spanish,
 * with or without accents, spaces or hyphens for underscores, any case). Values written in Spanish are read too.
 */
final class Columns {

    static final List<String> PLAN = List.of("code", "title", "source", "published_on", "languages", "time_zone");
    static final List<String> PLAN_REQUIRED = List.of("code", "title");
    static final List<String> RECOMMENDATIONS =
            List.of("code", "title", "theme", "coordination_level", "scope", "countries", "depends_on", "full_text");
    static final List<String> MILESTONES = List.of("recommendation", "title", "owner", "country", "planned_start",
            "due_date", "evidence_required", "depends_on");
    static final List<String> MILESTONES_REQUIRED = List.of("recommendation", "title", "owner", "due_date");

    /** Spanish (and a few English) names of each column, written as {@link #normalise} writes them. */
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias("code", "codigo", "cod");
        alias("title", "titulo", "name", "nombre", "hito", "milestone");
        alias("source", "fuente", "origen");
        alias("published_on", "publicado_el", "fecha_de_publicacion", "fecha_publicacion", "publicacion", "published");
        alias("languages", "idiomas", "lenguas");
        alias("time_zone", "zona_horaria", "huso_horario", "timezone");
        alias("theme", "tema", "eje");
        alias("coordination_level", "nivel_de_coordinacion", "nivel_coordinacion", "level", "nivel");
        alias("scope", "ambito", "alcance");
        alias("countries", "paises");
        alias("depends_on", "depende_de", "dependencias", "dependencies");
        alias("full_text", "texto_completo", "texto", "text");
        alias("recommendation", "recomendacion", "recommendation_code", "codigo_de_recomendacion",
                "codigo_recomendacion");
        alias("owner", "responsable", "organizacion_responsable", "owner_organisation", "owner_organization",
                "organizacion");
        alias("country", "pais");
        alias("planned_start", "inicio_previsto", "inicio_planificado", "fecha_de_inicio", "inicio", "start");
        alias("due_date", "fecha_limite", "vencimiento", "fecha_de_vencimiento", "due", "plazo");
        alias("translations_unofficial", "traducciones_no_oficiales", "traduccion_no_oficial", "unofficial",
                "no_oficial");
        alias("evidence_required", "requiere_evidencia", "evidencia_requerida", "evidencia", "evidence");
    }

    private Columns() {
    }

    private static void alias(String column, String... names) {
        ALIASES.put(column, column);
        for (String name : names) {
            ALIASES.put(name, column);
        }
    }

    /** Lower case, without accents, words joined by underscores: "Fecha límite" becomes "fecha_limite". */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-./]+", "_").replaceAll("^_+|_+$", "");
    }

    /** A value for an enumeration: upper case, without accents, words joined by underscores. */
    static String constant(String text) {
        return normalise(text).toUpperCase(Locale.ROOT);
    }

    static String canonical(String header) {
        String name = normalise(header);
        return ALIASES.getOrDefault(name, name);
    }

    /** The table with its columns renamed to their English names; {@code headers} receives the names as written. */
    static CsvTable canonical(CsvTable table, Map<String, String> headers) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String column : table.columns()) {
            String english = canonical(column);
            renamed.putIfAbsent(column, english);
            headers.putIfAbsent(english, column);
        }
        List<CsvTable.Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.cells().forEach((column, value) -> cells.putIfAbsent(renamed.getOrDefault(column, column), value));
            rows.add(new CsvTable.Row(row.number(), cells));
        }
        return CsvTable.of(table.columns().stream().map(c -> renamed.getOrDefault(c, c)).toList(), rows);
    }

    /** Which sheet the columns make, or null. */
    static SheetKind kindOf(List<String> columns) {
        if (columns.contains("recommendation") || columns.contains("due_date") || columns.contains("owner")) {
            return SheetKind.MILESTONES;
        }
        if (columns.contains("coordination_level") || columns.contains("full_text") || columns.contains("scope")
                || columns.contains("theme")) {
            return SheetKind.RECOMMENDATIONS;
        }
        if (columns.contains("published_on") || columns.contains("time_zone") || columns.contains("languages")
                || columns.contains("source")) {
            return SheetKind.PLAN;
        }
        return columns.contains("code") && columns.contains("title") ? SheetKind.PLAN : null;
    }

    static List<String> required(SheetKind kind) {
        return switch (kind) {
            case PLAN -> PLAN_REQUIRED;
            case RECOMMENDATIONS -> RECOMMENDATIONS.stream().filter(c -> !c.equals("countries")
                    && !c.equals("depends_on")).toList();
            case MILESTONES -> MILESTONES_REQUIRED;
        };
    }
}
