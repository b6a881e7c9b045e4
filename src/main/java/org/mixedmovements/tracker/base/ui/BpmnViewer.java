package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.Collection;
import java.util.List;

/**
 * A BPMN diagram, read-only: bpmn-js's NavigatedViewer behind the element {@code tracker-bpmn-viewer}
 * ({@code META-INF/resources/bpmn-viewer}), fitted to its box; the user can pan and zoom; running activities and
 * finished ones are marked.
 *
 * <p>bpmn-js's own browser build (bpmn.io licence: the watermark stays visible) comes from the npm package pinned in
 * {@code src/main/bpmn-viewer} (package.json and its lock file), which the Maven build installs and copies to
 * {@code META-INF/resources/bpmn-js/<version>}; it is served as a static script rather than through
 * {@code @NpmPackage}, so Vaadin's pre-built development bundle still serves the tests and {@code spring-boot:run}.
 * The version below, the pom's {@code bpmn-js.version} and package.json agree ({@code BpmnJsPackageTest}).
 */
@Tag("tracker-bpmn-viewer")
@JavaScript(BpmnViewer.BPMN_JS + "/bpmn-navigated-viewer.production.min.js")
@JavaScript("context://bpmn-viewer/tracker-bpmn-viewer.js")
@StyleSheet(BpmnViewer.BPMN_JS + "/assets/diagram-js.css")
public class BpmnViewer extends Component implements HasSize {

    /** Where the build puts bpmn-js's browser build: {@code META-INF/resources/bpmn-js/<bpmn-js version>}. */
    static final String BPMN_JS = "context://bpmn-js/18.31.1";

    private String xml = "";
    private List<String> active = List.of();
    private List<String> completed = List.of();

    public BpmnViewer() {
        setWidthFull();
        setHeight("26rem");
        getElement().setProperty("errorText", getTranslation("detail.diagram.unreadable"));
    }

    /** Shows the diagram with the activities running now and those already finished. */
    public void show(String xml, Collection<String> active, Collection<String> completed) {
        this.xml = xml == null ? "" : xml;
        this.active = List.copyOf(active);
        this.completed = List.copyOf(completed);
        getElement().setProperty("xml", this.xml);
        getElement().setPropertyJson("active", json(this.active));
        getElement().setPropertyJson("completed", json(this.completed));
    }

    public void fit() {
        getElement().callJsFunction("fit");
    }

    public void zoomIn() {
        getElement().callJsFunction("zoomBy", 1);
    }

    public void zoomOut() {
        getElement().callJsFunction("zoomBy", -1);
    }

    public String getXml() {
        return xml;
    }

    public List<String> getActive() {
        return active;
    }

    public List<String> getCompleted() {
        return completed;
    }

    private static JsonArray json(List<String> ids) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < ids.size(); i++) {
            array.set(i, ids.get(i));
        }
        return array;
    }
}
