package org.mixedmovements.tracker.planimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.planimport.ImportFile.Sheet;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;

/**
 * The optional translation columns of a recommendations sheet (issue 18): {@code title_<lang>}, {@code full_text_<lang>}
 * and {@code theme_<lang>} (or {@code titulo_}, {@code texto_completo_}, {@code tema_}), where the language is one the
 * tracker speaks other than the original's ({@code es}, {@code pt} or {@code pt-BR}, {@code fr}); and
 * {@code translations_unofficial}, yes or no, per row. A column of another language is a problem of the sheet.
 */
final class TranslationColumns {

    static final String UNOFFICIAL = "translations_unofficial";
    private static final Pattern COLUMN =
            Pattern.compile("(full_text|texto_completo|title|titulo|theme|tema)_([a-z]{2,3}(?:_[a-z0-9]{2,8})?)");
    private static final Map<String, TranslatedField> FIELDS = Map.of("full_text", TranslatedField.FULL_TEXT,
            "texto_completo", TranslatedField.FULL_TEXT, "title", TranslatedField.TITLE, "titulo", TranslatedField.TITLE,
            "theme", TranslatedField.THEME, "tema", TranslatedField.THEME);

    /** One translation column: the field it translates and into which language. */
    record Column(TranslatedField field, Locale language) {
    }

    private TranslationColumns() {
    }

    /** The sheet's translation columns by their (normalised) names; a column of an unknown language is a problem. */
    static Map<String, Column> of(Sheet sheet, List<ImportProblem> problems) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (String name : sheet.table().columns()) {
            Matcher m = COLUMN.matcher(name);
            if (!m.matches()) {
                continue;
            }
            Optional<Locale> language = language(m.group(2));
            if (language.isPresent()) {
                columns.put(name, new Column(FIELDS.get(m.group(1)), language.get()));
            } else {
                problems.add(new ImportProblem(sheet.name(), null, sheet.header(name),
                        "content.import.unknown-language", sheet.header(name), accepted()));
            }
        }
        return columns;
    }

    /** A supported language other than the original's: "es", "pt" and "pt_br" (pt-BR), "fr". */
    static Optional<Locale> language(String suffix) {
        return Languages.find(Locale.forLanguageTag(suffix.replace('_', '-')))
                .filter(l -> !l.equals(ContentTranslationService.ORIGINAL));
    }

    private static String accepted() {
        return Languages.supported().stream().filter(l -> !l.equals(ContentTranslationService.ORIGINAL))
                .map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }
}
