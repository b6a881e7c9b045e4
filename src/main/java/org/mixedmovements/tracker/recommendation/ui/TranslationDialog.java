package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.ContentTranslationService.Translation;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.recommendation.RecommendationOverview;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.springframework.data.domain.PageRequest;

/**
 * The secretariat enters a recommendation's title, full text and theme in another language, and a milestone's name,
 * each saved with its mark (official or unofficial translation). Choosing a language fills in what is kept.
 */
class TranslationDialog extends Dialog {

    static final int MILESTONES_OFFERED = 100;

    private final ContentTranslationService translations;
    private final Long recommendationId;
    private final Runnable onSaved;
    private final Select<Locale> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea fullText = new TextArea();
    private final TextField theme = new TextField();
    private final Checkbox unofficial = new Checkbox();
    private final Select<MilestoneRow> milestone = new Select<>();
    private final TextField milestoneName = new TextField();

    TranslationDialog(ContentTranslationService translations, RecommendationDetailService details, RecommendationOverview o,
                      Runnable onSaved) {
        this.translations = translations;
        this.recommendationId = o.summary().id();
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("content.dialog.title", o.summary().code()));
        language.setId("translation-language");
        language.setLabel(getTranslation("content.language"));
        // every language but the plan's own, in which the texts are written
        List<Locale> targets = translations.targetLanguages(TranslatedField.TITLE.subjectType(), recommendationId);
        language.setItems(targets);
        language.setItemLabelGenerator(l -> Languages.name(l, getLocale()));
        title.setId("translation-title");
        title.setLabel(getTranslation("content.field.title"));
        title.setHelperText(o.summary().title());
        title.setMaxLength(TranslatedField.TITLE.max());
        title.setWidthFull();
        fullText.setId("translation-full-text");
        fullText.setLabel(getTranslation("content.field.full-text"));
        fullText.setMaxLength(TranslatedField.FULL_TEXT.max());
        fullText.setWidthFull();
        theme.setId("translation-theme");
        theme.setLabel(getTranslation("content.field.theme"));
        theme.setHelperText(o.summary().theme());
        theme.setMaxLength(TranslatedField.THEME.max());
        unofficial.setId("translation-unofficial");
        unofficial.setLabel(getTranslation("content.field.unofficial"));
        unofficial.setValue(true);
        Button save = new Button(getTranslation("content.save"), e -> saveRecommendation());
        save.setId("save-translation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        milestone.setId("translation-milestone");
        milestone.setLabel(getTranslation("content.field.milestone"));
        milestone.setItems(details.milestones(recommendationId, PageRequest.of(0, MILESTONES_OFFERED)).getContent());
        milestone.setItemLabelGenerator(MilestoneRow::name);
        milestoneName.setId("translation-milestone-name");
        milestoneName.setLabel(getTranslation("content.field.milestone-name"));
        milestoneName.setMaxLength(TranslatedField.MILESTONE_NAME.max());
        milestoneName.setWidthFull();
        Button saveMilestone = new Button(getTranslation("content.save-milestone"), e -> saveMilestone());
        saveMilestone.setId("save-milestone-translation");

        language.addValueChangeListener(e -> fill());
        milestone.addValueChangeListener(e -> fill());
        language.setValue(Languages.find(getLocale()).filter(targets::contains).orElse(targets.get(0)));
        add(language, unofficial, title, fullText, theme, save, new H3(getTranslation("content.milestones")), milestone,
                milestoneName, saveMilestone);
        setWidth("48em");
        Button close = new Button(getTranslation("content.close"), e -> close());
        getFooter().add(close);
    }

    /** What is kept in the chosen language, to change. */
    private void fill() {
        Locale l = language.getValue();
        if (l == null) {
            return;
        }
        title.setValue(translations.stored(recommendationId, TranslatedField.TITLE, l).orElse(""));
        fullText.setValue(translations.stored(recommendationId, TranslatedField.FULL_TEXT, l).orElse(""));
        theme.setValue(translations.stored(recommendationId, TranslatedField.THEME, l).orElse(""));
        milestoneName.setValue(milestone.getValue() == null ? "" : translations.stored(milestone.getValue().id(),
                TranslatedField.MILESTONE_NAME, l).orElse(""));
    }

    private void saveRecommendation() {
        save(recommendationId, List.of(new Translation(TranslatedField.TITLE, language.getValue(), title.getValue()),
                new Translation(TranslatedField.FULL_TEXT, language.getValue(), fullText.getValue()),
                new Translation(TranslatedField.THEME, language.getValue(), theme.getValue())),
                Map.of("title", title, "full_text", fullText, "theme", theme, "language", language));
    }

    private void saveMilestone() {
        if (milestone.getValue() == null) {
            milestone.setInvalid(true);
            milestone.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        milestone.setInvalid(false);
        save(milestone.getValue().id(), List.of(new Translation(TranslatedField.MILESTONE_NAME, language.getValue(),
                milestoneName.getValue())), Map.of("milestone_name", milestoneName, "language", language));
    }

    private void save(Long subject, List<Translation> texts, Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            translations.translate(subject, language.getValue(), texts, unofficial.getValue());
        } catch (InvalidInputException refused) {
            for (InvalidInputException.Problem p : refused.problems()) {
                HasValidation field = fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.messageKey(), p.arguments()));
                    field.setInvalid(true);
                }
            }
            return;
        }
        Messages.showSuccess(this, "content.saved", Languages.nameInText(language.getValue(), getLocale()));
        onSaved.run();
        close();
    }
}
