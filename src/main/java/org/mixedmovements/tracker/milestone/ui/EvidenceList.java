package org.mixedmovements.tracker.milestone.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.EvidenceFile;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;

/**
 * A milestone's evidence as a list, wherever someone decides on it or follows it (the owner's update dialog, the
 * approval card, the vote dialog, the recommendation page): each file or link with who added it, when and how large.
 * A PDF or an image opens in a new browser tab, served with its content type and the headers of
 * {@link EvidenceFile#responseHeaders()} ({@code nosniff}, a policy that lets it run nothing); any other file downloads. Files are read through
 * {@link EvidenceService#download}, under its authorisation, when the person clicks.
 */
public class EvidenceList extends Div {

    private final transient EvidenceService evidence;

    public EvidenceList(String id, List<EvidenceItem> items, EvidenceService evidence) {
        this.evidence = evidence;
        setId(id);
        addClassName("evidence-list");
        setWidthFull();
        show(items);
    }

    /** Shows these items instead (after an addition). */
    public void show(List<EvidenceItem> items) {
        removeAll();
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("mytasks.evidence.none"));
            none.addClassName("no-evidence");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        items.forEach(item -> add(row(item)));
    }

    /**
     * The file or link itself: a link opens in a new tab with no way back into the tracker; a PDF or an image opens in a
     * new tab; any other file downloads.
     */
    public static Anchor open(EvidenceItem item, EvidenceService evidence) {
        Anchor target;
        if (item.isLink()) {
            target = new Anchor(item.linkUrl(), item.linkUrl(), AnchorTarget.BLANK);
            // noreferrer implies noopener: the opened page cannot reach back into the tracker
            target.getElement().setAttribute("rel", "noreferrer");
        } else if (EvidenceFile.opensInBrowser(item.contentType())) {
            target = new Anchor(file(item.id(), evidence), AttachmentType.INLINE, item.fileName());
            target.setTarget(AnchorTarget.BLANK);
            target.setTitle(target.getTranslation("evidence.opens-in-tab"));
        } else {
            target = new Anchor(file(item.id(), evidence), AttachmentType.DOWNLOAD, item.fileName());
            target.setTitle(target.getTranslation("evidence.downloads"));
        }
        return target;
    }

    private Div row(EvidenceItem item) {
        Anchor target = open(item, evidence);
        target.setId("evidence-" + item.id());
        Div row = new Div();
        row.addClassName("evidence-item");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("overflow-wrap", "anywhere")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        row.add((item.isLink() ? VaadinIcon.LINK : VaadinIcon.FILE_TEXT_O).create(), target);
        Span facts = new Span((item.isLink() ? "" : getTranslation("mytasks.evidence.size",
                Math.max(1, (item.sizeBytes() + 1023) / 1024)) + " · ")
                + getTranslation("mytasks.evidence.by", item.uploadedBy(), Formats.dateTime(item.uploadedAt())));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(facts);
        if (item.note() != null) {
            Span itemNote = new Span(item.note());
            itemNote.getStyle().set("flex-basis", "100%").set("font-size", "var(--lumo-font-size-s)");
            row.add(itemNote);
        }
        return row;
    }

    /** The stored file, read when clicked; shown in the tab (PDF, image) or downloaded, never run. */
    private static DownloadHandler file(Long evidenceId, EvidenceService evidence) {
        return event -> {
            EvidenceFile file = evidence.download(evidenceId);
            byte[] content = file.content();
            file.responseHeaders().forEach(event.getResponse()::setHeader);
            event.setContentType(file.contentType());
            event.setContentLength(content.length);
            event.getOutputStream().write(content);
        };
    }
}
