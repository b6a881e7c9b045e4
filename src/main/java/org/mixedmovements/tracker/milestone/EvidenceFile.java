package org.mixedmovements.tracker.milestone;

/** A stored evidence file, ready to be sent: its (sanitised) name, the declared content type and the bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

    public EvidenceFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
