package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Supplier;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidencePolicy;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ui.EvidenceList;
import org.mixedmovements.tracker.task.MyTaskService;

/**
 * A milestone's evidence in the update dialog: what is attached ({@link EvidenceList}), a file upload and a link,
 * each with an optional note. An addition is saved at once, or refused with the reason and not kept.
 */
class EvidencePanel extends Div {

    private final String taskId;
    private final MyTaskService tasks;
    private final EvidenceService evidence;
    private final EvidenceList items;
    private final TextField note = new TextField();
    private final FormChecks checks = new FormChecks(this);
    private Upload upload;

    EvidencePanel(String taskId, MyTaskService tasks, EvidenceService evidence) {
        this.taskId = taskId;
        this.tasks = tasks;
        this.evidence = evidence;
        setId("evidence-panel");
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        H4 title = new H4(getTranslation("mytasks.evidence.title"));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        Paragraph help = new Paragraph(getTranslation("mytasks.evidence.help", EvidencePolicy.MAX_BYTES / (1024 * 1024),
                String.join(", ", EvidencePolicy.extensions())));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        items = new EvidenceList("evidence-items", List.of(), evidence);

        note.setLabel(getTranslation("mytasks.evidence.note"));
        note.setId("evidence-note");
        note.setMaxLength(EvidencePolicy.MAX_NOTE);
        note.setWidthFull();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            attach(() -> tasks.attachFile(taskId, metadata.fileName(), metadata.contentType(), bytes, note.getValue()));
            // what was refused is not kept, and what was kept shows in the list above
            this.upload.clearFileList();
        }));
        upload.setId("evidence-upload");
        upload.setWidthFull();
        upload.setMaxFileSize(EvidencePolicy.MAX_BYTES);
        upload.setAcceptedFileTypes(EvidencePolicy.acceptedFileTypes());
        upload.setUploadButton(new Button(getTranslation("mytasks.evidence.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("mytasks.evidence.drop")));
        // the browser refuses a file that is too large or of another type before sending it: say why in our words
        upload.addFileRejectedListener(e -> checks.run(() -> {
            throw InvalidInputException.of("evidenceFile", "mytasks.evidence.error.rejected", e.getFileName(),
                    EvidencePolicy.MAX_BYTES / (1024 * 1024), String.join(", ", EvidencePolicy.extensions()));
        }));

        TextField link = new TextField(getTranslation("mytasks.evidence.link"));
        link.setId("evidence-link");
        link.setPlaceholder("https://");
        link.setMaxLength(EvidencePolicy.MAX_URL);
        link.getStyle().set("flex", "1 1 14em");
        Button addLink = new Button(getTranslation("mytasks.evidence.add-link"), VaadinIcon.LINK.create(), e -> {
            if (attach(() -> tasks.attachLink(taskId, link.getValue(), note.getValue()))) {
                link.clear();
            }
        });
        addLink.setId("add-evidence-link");
        Div linkRow = new Div(link, addLink);
        linkRow.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s)");

        checks.field("evidenceNote", note, false);
        checks.field("evidenceLink", link, false);
        // a refused file (type, size, content) is said under the upload, where the person looks
        add(title, help, items, note, upload, checks.messages(), linkRow);
        showItems();
    }

    /** Runs the addition; on success confirms, clears the note and lists it, otherwise says why. */
    private boolean attach(Supplier<EvidenceItem> addition) {
        EvidenceItem[] added = new EvidenceItem[1];
        if (!checks.run(() -> added[0] = addition.get())) {
            return false;
        }
        Messages.showSuccess(this, "mytasks.evidence.added", added[0].isLink() ? added[0].linkUrl() : added[0].fileName());
        note.clear();
        showItems();
        return true;
    }

    private void showItems() {
        items.show(tasks.evidenceFor(taskId));
    }
}
