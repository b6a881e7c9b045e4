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
import org.mixedmovements.tracker.planimport.ImportFile.SheetKind;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;

/**
 * The optional translation columns of the sheets (issue 18). On the recommendations sheet: {@code title_<lang>},
 * {@code full_text_<lang>} and {@code theme_<lang>} (or {@code titulo_}, {@code texto_completo_}, {@code tema_}); on
 * the milestones sheet, the milestone's name: {@code title_<lang>} as its {@code title} column (or {@code name_},
 * {@code titulo_}, {@code nombre_}). The language is one the tracker speaks other than the plan's own, in which the
 * texts are written ({@code es}, {@code pt} or {@code pt-BR}, {@code fr}, {@code en} for a plan in another language);
 * and {@code translations_unofficial}, yes or no, per row. A column of another language is a problem of the sheet.
 */
final class TranslationColumns {

    static final String UNOFFICIAL = "translations_unofficial";
    private static final String LANGUAGE = "_([a-z]{2,3}(?:_[a-z0-9]{2,8})?)";
    private static final Pattern RECOMMENDATION_COLUMN =
            Pattern.compile("(full_text|texto_completo|title|titulo|theme|tema)" + LANGUAGE);
    private static final Pattern MILESTONE_COLUMN = Pattern.compile("(title|titulo|name|nombre)" + LANGUAGE);
    private static final Map<String, TranslatedField> RECOMMENDATION_FIELDS = Map.of(
            "full_text", TranslatedField.FULL_TEXT, "texto_completo", TranslatedField.FULL_TEXT,
            "title", TranslatedField.TITLE, "titulo", TranslatedField.TITLE,
            "theme", TranslatedField.THEME, "tema", TranslatedField.THEME);

    /** One translation column: the field it translates and into which language. */
    record Column(TranslatedField field, Locale language) {
    }

    private TranslationColumns() {
    }

    /**
     * The sheet's translation columns by their (normalised) names, for a plan written in {@code original}; a column of
     * a language the tracker does not speak, or of the original's, is a problem.
     */
    static Map<String, Column> of(Sheet sheet, Locale original, List<ImportProblem> problems) {
        boolean milestones = sheet.kind() == SheetKind.MILESTONES;
        Pattern pattern = milestones ? MILESTONE_COLUMN : RECOMMENDATION_COLUMN;
        Map<String, Column> columns = new LinkedHashMap<>();
        for (String name : sheet.table().columns()) {
            Matcher m = pattern.matcher(name);
            if (!m.matches()) {
                continue;
            }
            Optional<Locale> language = language(m.group(2), original);
            if (language.isPresent()) {
                columns.put(name, new Column(milestones ? TranslatedField.MILESTONE_NAME
                        : RECOMMENDATION_FIELDS.get(m.group(1)), language.get()));
            } else {
                problems.add(new ImportProblem(sheet.name(), null, sheet.header(name),
                        "content.import.unknown-language", sheet.header(name), accepted(original)));
            }
        }
        return columns;
    }

    /** A supported language other than the original's: "es", "pt" and "pt_br" (pt-BR), "fr", "en". */
    static Optional<Locale> language(String suffix, Locale original) {
        return Languages.find(Locale.forLanguageTag(suffix.replace('_', '-')))
                .filter(l -> !ContentTranslationService.sameLanguage(l, original));
    }

    private static String accepted(Locale original) {
        return Languages.supported().stream().filter(l -> !ContentTranslationService.sameLanguage(l, original))
                .map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }
}
