package org.mixedmovements.tracker.recommendation;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's own texts in several languages (issue 18): the translations of recommendations' titles, full texts and
 * themes and of milestones' names (table {@code content_translation}), and the one place that says what a reader
 * reads: the translation into their language, else the original marked as such. The originals are in the plan's own
 * language, the first of its {@code languages} ({@link Plan#originalLanguage()}: English for the shipped study, Spanish
 * for a plan whose sheet says "es"); a reader of that language reads them unmarked. Translations come from the plan
 * import ({@code title_es} columns) or from the secretariat on the recommendation page.
 */
@Service
public class ContentTranslationService {

    /** One translation to store. */
    public record Translation(TranslatedField field, Locale language, String text) {
    }

    /** The translations of some subjects into one reader's language, read at once for a list. */
    public static final class Reading {
        private final Locale reader;
        private final Map<Long, Locale> originals;
        private final Map<String, Row> rows;

        private Reading(Locale reader, Map<Long, Locale> originals, Map<String, Row> rows) {
            this.reader = reader;
            this.originals = originals;
            this.rows = rows;
        }

        /**
         * The text of {@code field} of subject {@code id} as the reader reads it: {@code original} unmarked for a
         * reader of the plan's language, else its translation, else {@code original} marked as the original.
         */
        public LocalisedText text(Long id, TranslatedField field, String original) {
            Locale language = originals.getOrDefault(id, Languages.DEFAULT);
            if (sameLanguage(language, reader)) {
                return LocalisedText.plain(original, language);
            }
            Row row = rows.get(field.name() + ":" + id);
            return row == null ? LocalisedText.original(original, language)
                    : LocalisedText.translation(row.text(), reader, row.unofficial());
        }
    }

    private record Row(Long subjectId, String field, String text, boolean unofficial) {
    }

    private final JdbcClient jdbc;
    private final RecommendationRepository recommendations;
    private final MilestoneQueries milestones;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ContentTranslationService(JdbcClient jdbc, RecommendationRepository recommendations, MilestoneQueries milestones,
                        AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.audit = audit;
    }

    /** The translations into the reader's language of the given recommendations (or milestones, by subject type). */
    @Transactional(readOnly = true)
    public Reading read(String subjectType, Collection<Long> ids, Locale reader) {
        Locale language = Languages.of(reader);
        if (ids.isEmpty()) {
            return new Reading(language, Map.of(), Map.of());
        }
        Map<Long, Locale> originals = originals(subjectType, ids);
        List<Long> toTranslate = originals.entrySet().stream()
                .filter(e -> !sameLanguage(e.getValue(), language)).map(Map.Entry::getKey).toList();
        Map<String, Row> rows = new HashMap<>();
        if (!toTranslate.isEmpty()) {
            jdbc.sql("select subject_id, field, text, unofficial from content_translation where subject_type = :type"
                            + " and language = :language and subject_id in (:ids)")
                    .param("type", subjectType).param("language", language.toLanguageTag()).param("ids", toTranslate)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                    .list().forEach(r -> rows.put(r.field() + ":" + r.subjectId(), r));
        }
        return new Reading(language, originals, rows);
    }

    /** The language a recommendation's texts (or a milestone's name, by subject type) are written in: its plan's. */
    @Transactional(readOnly = true)
    public Locale originalLanguage(String subjectType, Long id) {
        return originals(subjectType, List.of(id)).getOrDefault(id, Languages.DEFAULT);
    }

    /** The languages a recommendation's texts (or a milestone's name) may be translated into: all but the original's. */
    @Transactional(readOnly = true)
    public List<Locale> targetLanguages(String subjectType, Long id) {
        Locale original = originalLanguage(subjectType, id);
        return Languages.supported().stream().filter(l -> !sameLanguage(l, original)).toList();
    }

    /** Whether two locales are written in one language ("pt" and "pt-BR" are). */
    public static boolean sameLanguage(Locale a, Locale b) {
        return a.getLanguage().equals(b.getLanguage());
    }

    /** The original language of each subject: the first of its plan's languages. */
    private Map<Long, Locale> originals(String subjectType, Collection<Long> ids) {
        String sql = "milestone".equals(subjectType)
                ? "select m.id, p.languages from milestone m join recommendation r on r.id = m.recommendation_id"
                        + " join plan p on p.id = r.plan_id where m.id in (:ids)"
                : "select r.id, p.languages from recommendation r join plan p on p.id = r.plan_id where r.id in (:ids)";
        Map<String, Locale> parsed = new HashMap<>();
        Map<Long, Locale> originals = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            String languages = rs.getString(2);
            originals.put(rs.getLong(1), parsed.computeIfAbsent(languages == null ? "" : languages,
                    Plan::originalLanguage));
        });
        return originals;
    }

    /** One text as the reader reads it. */
    @Transactional(readOnly = true)
    public LocalisedText text(Long id, TranslatedField field, String original, Locale reader) {
        return read(field.subjectType(), List.of(id), reader).text(id, field, original);
    }

    /** A translation kept, if any (for the secretariat's dialog). */
    @Transactional(readOnly = true)
    public Optional<String> stored(Long id, TranslatedField field, Locale language) {
        return jdbc.sql("select text from content_translation where subject_type = :type and subject_id = :id"
                        + " and field = :field and language = :language")
                .param("type", field.subjectType()).param("id", id).param("field", field.name())
                .param("language", language.toLanguageTag()).query(String.class).optional();
    }

    /**
     * The secretariat adds or changes translations of one recommendation's texts, or of one milestone's name, into
     * one language; every text is required and checked before anything is written.
     */
    @Transactional
    public void translate(Long subjectId, Locale language, List<Translation> translations, boolean unofficial) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        String subjectType = translations.isEmpty() ? null : translations.get(0).field().subjectType();
        if (translations.stream().anyMatch(t -> !t.field().subjectType().equals(subjectType))) {
            throw new IllegalArgumentException("one subject at a time");
        }
        Locale target = Languages.find(language).filter(l -> subjectType == null
                        || !sameLanguage(l, originalLanguage(subjectType, subjectId)))
                .orElseThrow(() -> InvalidInputException.of("language", "content.error.language"));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (Translation t : translations) {
            String name = t.field().name().toLowerCase(Locale.ROOT);
            if (t.text() == null || t.text().isBlank()) {
                problems.add(InvalidInputException.Problem.of(name, "validation.required"));
            } else {
                InputPolicy.problem(name, t.text(), t.field().max()).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String code = describe(subjectType, subjectId);
        for (Translation t : translations) {
            put(subjectId, t.field(), target, InputPolicy.normalise(t.text()), unofficial, true);
        }
        if (subjectType != null) {
            audit.record("CONTENT_TRANSLATED", subjectType, subjectId, AuditDetails.of(
                            unofficial ? "audit.details.content-translated-unofficial" : "audit.details.content-translated",
                            code, target.toLanguageTag()),
                    subjectType + " " + subjectId + " " + target.toLanguageTag() + " " + translations.stream()
                            .map(t -> t.field().name()).toList());
            events.publishEvent(new ContentTranslated(subjectType, subjectId, target));
        }
    }

    /**
     * Translations read from an import file: each one is added unless the text already has a translation into its
     * language (an import never overwrites what the secretariat entered). Checked by the importer.
     */
    @Transactional
    public void importIfAbsent(Long subjectId, List<Translation> translations, boolean unofficial) {
        for (Translation t : translations) {
            put(subjectId, t.field(), t.language(), t.text(), unofficial, false);
        }
    }

    private String describe(String subjectType, Long subjectId) {
        if ("milestone".equals(subjectType)) {
            return milestones.get(subjectId).getName();
        }
        return recommendations.findById(subjectId).map(Recommendation::getCode)
                .orElseThrow(() -> new NotFoundException("recommendation", subjectId));
    }

    private void put(Long subjectId, TranslatedField field, Locale language, String text, boolean unofficial,
                     boolean replace) {
        int changed = !replace ? 0 : jdbc.sql("update content_translation set text = :text, unofficial = :unofficial"
                        + " where subject_type = :type and subject_id = :id and field = :field and language = :language")
                .param("text", text).param("unofficial", unofficial).param("type", field.subjectType())
                .param("id", subjectId).param("field", field.name()).param("language", language.toLanguageTag())
                .update();
        if (changed == 0 && stored(subjectId, field, language).isEmpty()) {
            jdbc.sql("insert into content_translation (subject_type, subject_id, field, language, text, unofficial)"
                            + " values (:type, :id, :field, :language, :text, :unofficial)")
                    .param("text", text).param("unofficial", unofficial).param("type", field.subjectType())
                    .param("id", subjectId).param("field", field.name()).param("language", language.toLanguageTag())
                    .update();
        }
    }
}
