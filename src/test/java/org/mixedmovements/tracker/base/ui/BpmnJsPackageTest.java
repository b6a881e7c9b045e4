package org.mixedmovements.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The process diagram's library is a declared npm package (src/main/bpmn-viewer), not a committed file: the version
 * pinned there, the one its lock file installs and the folder the viewer loads it from are the same, and the build
 * put the files the viewer asks for on the classpath.
 */
class BpmnJsPackageTest {

    private static final Path PACKAGE = Path.of("src/main/bpmn-viewer");

    @Test
    void the_viewer_loads_the_bpmn_js_version_the_package_pins_and_its_lock_file_installs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String pinned = json.readTree(PACKAGE.resolve("package.json").toFile()).at("/dependencies/bpmn-js").asText();
        JsonNode locked = json.readTree(PACKAGE.resolve("package-lock.json").toFile()).at("/packages/node_modules~1bpmn-js");

        assertThat(pinned).as("an exact version, not a range").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(locked.path("version").asText()).isEqualTo(pinned);
        assertThat(locked.path("integrity").asText()).as("the lock file pins the package's content").startsWith("sha512-");
        assertThat(BpmnViewer.BPMN_JS).isEqualTo("context://bpmn-js/" + pinned);
    }

    @Test
    void every_script_and_style_sheet_the_viewer_asks_for_is_served_from_the_classpath() {
        var urls = java.util.stream.Stream.concat(
                Arrays.stream(BpmnViewer.class.getAnnotationsByType(JavaScript.class)).map(JavaScript::value),
                Arrays.stream(BpmnViewer.class.getAnnotationsByType(StyleSheet.class)).map(StyleSheet::value)).toList();

        assertThat(urls).hasSize(3);
        for (String url : urls) {
            String resource = "META-INF/resources/" + url.substring("context://".length());
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
        assertThat(getClass().getClassLoader().getResource(
                "META-INF/resources/" + BpmnViewer.BPMN_JS.substring("context://".length()) + "/LICENSE"))
                .as("bpmn-js's licence travels with it").isNotNull();
    }
}
