package org.mixedmovements.tracker.workflow;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.mixedmovements.tracker.base.Translations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The labels a process diagram shows, in its reader's language. The models keep their English names and their ids;
 * the diagram the browser draws has each named element's {@code name} replaced by the bundles' text of
 * {@code bpmn.<processId>.<elementId>} (the process's own name under {@code bpmn.<processId>.<processId>}). Only the
 * elements drawn in a process (or a pool) are renamed: never a message (its name is what the engine correlates on) nor
 * an engine extension (a Camunda input's name is a variable).
 */
final class DiagramLabels {

    static final String MODEL_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String KEY_PREFIX = "bpmn.";

    private DiagramLabels() {
    }

    /** The bundle key of an element's label. */
    static String key(String processId, String elementId) {
        return KEY_PREFIX + processId + "." + elementId;
    }

    /** An element's label in the reader's language; the given name where the bundles have none (or ids are missing). */
    static String label(Locale locale, String processId, String elementId, String name) {
        if (processId == null || elementId == null) {
            return name;
        }
        return Translations.find(locale, key(processId, elementId)).map(l -> l.replaceAll("\\s+", " ").strip())
                .orElse(name);
    }

    /** Every named element of the model, by the key of its label, with the name the model gives it. */
    static Map<String, String> named(String bpmnXml) {
        Map<String, String> names = new LinkedHashMap<>();
        Document model = parse(bpmnXml);
        forEachNamed(model, (element, key) -> names.put(key, element.getAttribute("name")));
        return names;
    }

    /** The model with each named element's label in the language of the locale (its own name where none is found). */
    static String translate(String bpmnXml, Locale locale) {
        return rename(bpmnXml, key -> Translations.find(locale, key).orElse(null));
    }

    static String rename(String bpmnXml, Function<String, String> labels) {
        Document model = parse(bpmnXml);
        forEachNamed(model, (element, key) -> {
            String label = labels.apply(key);
            if (label != null) {
                element.setAttribute("name", label);
            }
        });
        return write(model);
    }

    private interface NamedElement {
        void accept(Element element, String key);
    }

    private static void forEachNamed(Document model, NamedElement action) {
        NodeList all = model.getElementsByTagNameNS(MODEL_NAMESPACE, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String owner = owner(element);
            if (owner == null || !element.hasAttribute("name") || !element.hasAttribute("id") || inExtension(element)) {
                continue;
            }
            action.accept(element, key(owner, element.getAttribute("id")));
        }
    }

    /**
     * The id of the process (or collaboration, for pools) the element is drawn in, the element itself if it is one;
     * null for the model's root elements (a message's name is what the engine correlates on, never a label).
     */
    private static String owner(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (MODEL_NAMESPACE.equals(e.getNamespaceURI())
                    && ("process".equals(e.getLocalName()) || "collaboration".equals(e.getLocalName()))) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static boolean inExtension(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if ("extensionElements".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            throw new IllegalStateException("A deployed process model is not well-formed XML", e);
        }
    }

    private static String write(Document model) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(model), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("A process model could not be written back", e);
        }
    }
}
