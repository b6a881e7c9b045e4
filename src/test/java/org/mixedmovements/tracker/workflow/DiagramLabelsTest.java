package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.base.TranslationBundlesTest;
import org.mixedmovements.tracker.base.Translations;

/**
 * The process diagram speaks its reader's language: every named element of every model the engine runs has its label
 * in each bundle, so that a new task, event or flow cannot ship untranslated, and the labelled model keeps every id
 * the engine and the highlighting rely on.
 */
public class DiagramLabelsTest {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static String read(Path model) throws IOException {
        return Files.readString(model, StandardCharsets.UTF_8);
    }

    @Test
    void every_named_element_of_every_model_has_its_label_in_every_language() throws IOException {
        assertThat(models()).hasSizeGreaterThanOrEqualTo(5);
        List<String> missing = new ArrayList<>();
        for (String file : TranslationBundlesTest.bundleFiles()) {
            Properties bundle = TranslationBundlesTest.bundle(file);
            for (Path model : models()) {
                Map<String, String> named = DiagramLabels.named(read(model));
                assertThat(named).as(model.toString()).isNotEmpty();
                named.forEach((key, name) -> {
                    if (bundle.getProperty(key, "").isBlank()) {
                        missing.add(file + ": " + key + " (" + name + ")");
                    }
                });
            }
        }
        assertThat(missing).as("labels missing from the bundles").isEmpty();
    }

    @Test
    void the_english_label_says_what_the_model_says() throws IOException {
        for (Path model : models()) {
            DiagramLabels.named(read(model)).forEach((key, name) -> assertThat(
                    Translations.text(Locale.ENGLISH, key)).as(key).isEqualTo(name.replace('\'', '’')));
        }
    }

    @Test
    void the_labelled_model_keeps_every_id_and_shows_the_readers_words() throws IOException {
        for (Path model : models()) {
            String xml = read(model);
            String spanish = DiagramLabels.translate(xml, Locale.forLanguageTag("es"));
            assertThat(ids(spanish)).as(model.toString()).isEqualTo(ids(xml));
            DiagramLabels.named(spanish).forEach((key, name) ->
                    assertThat(name).as(key).isEqualTo(Translations.text(Locale.forLanguageTag("es"), key)));
        }
        String recommendation = DiagramLabels.translate(read(Path.of("bpmn/recommendation-implementation.bpmn")),
                Locale.forLanguageTag("es"));
        assertThat(recommendation).contains("name=\"Someter la respuesta al grupo de trabajo\"")
                .contains("name=\"Proponer la respuesta del grupo\"").contains("name=\"Sí\"")
                .doesNotContain("name=\"Put the response to the working group\"")
                .contains("camunda:delegateExpression=\"${openResponseDecision}\"");
    }

    @Test
    void messages_and_engine_extensions_keep_their_names() {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D">
                  <message id="m" name="SomethingHappened"/>
                  <process id="p" name="P"><userTask id="t" name="T"><extensionElements><camunda:inputOutput>
                  <camunda:inputParameter name="milestoneId">1</camunda:inputParameter></camunda:inputOutput>
                  </extensionElements></userTask></process>
                </definitions>""";
        String renamed = DiagramLabels.rename(xml, key -> "[" + key + "]");
        assertThat(renamed).contains("name=\"[bpmn.p.p]\"").contains("name=\"[bpmn.p.t]\"")
                .contains("name=\"milestoneId\"").contains("name=\"SomethingHappened\"");
    }

    /** Every element id of a BPMN model's XML, sorted. */
    public static TreeSet<String> ids(String xml) {
        TreeSet<String> ids = new TreeSet<>();
        Matcher m = ID.matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
