package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every field a refusal names has its label ({@code field.<name>}) in every language, so a message reads
 * "File: ..." and never "!en: field.file: ..." (issue 22: the import's refusal of a wrong file type or size did).
 * The fields are read from the code: the first argument of {@code Problem.of}, {@code InvalidInputException.of} and
 * the {@code InputPolicy} checks, the field of {@code Problem.atRow}.
 */
class FieldLabelsTest {

    static final Pattern NAMED = Pattern.compile(
            "(?:Problem\\.of|InvalidInputException\\.of|InputPolicy\\.(?:optionalText|requiredText|problem|date|dateProblem))"
                    + "\\(\\s*\"([A-Za-z]+)\"");
    static final Pattern AT_ROW = Pattern.compile("Problem\\.atRow\\([^,]+,\\s*\"([A-Za-z]+)\"");

    @Test
    void everyFieldARefusalNamesHasALabelInEveryLanguage() throws IOException {
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern pattern : new Pattern[] {NAMED, AT_ROW}) {
                    Matcher named = pattern.matcher(code);
                    while (named.find()) {
                        fields.add(named.group(1));
                    }
                }
            }
        }
        assertThat(fields).as("fields found in the code").contains("file", "comment", "dueDate", "evidence");
        for (String bundle : TranslationBundlesTest.bundleFiles()) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(fields.stream().filter(f -> !texts.containsKey("field." + f)))
                    .as("fields without a label in " + bundle).isEmpty();
        }
    }
}
