package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;
import org.mixedmovements.tracker.base.ExportFile;

/**
 * Download links for exported files, styled as small buttons. The file is asked for when the user clicks (the
 * service checks the user again then, and writes its audit entry), and streams to the browser as it is made.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A link that downloads the file the supplier makes at click time. */
    public static Anchor link(String id, String text, VaadinIcon icon, Supplier<ExportFile> file) {
        Anchor anchor = new Anchor(handler(file), AttachmentType.DOWNLOAD, "");
        anchor.setId(id);
        anchor.add(icon.create(), new com.vaadin.flow.component.html.Span(text));
        anchor.getElement().setAttribute("theme", "export");
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("text-decoration", "none")
                .set("color", "var(--lumo-primary-text-color)").set("white-space", "nowrap");
        return anchor;
    }

    /** Points the link at another file (after the filters changed). */
    public static void change(Anchor anchor, Supplier<ExportFile> file) {
        anchor.setHref(handler(file), AttachmentType.DOWNLOAD);
    }

    static DownloadHandler handler(Supplier<ExportFile> file) {
        return event -> {
            ExportFile export = file.get();
            event.setFileName(export.fileName());
            event.setContentType(export.contentType());
            export.writeTo(event.getOutputStream());
        };
    }
}
