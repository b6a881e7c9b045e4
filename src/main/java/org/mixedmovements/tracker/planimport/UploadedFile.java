package org.mixedmovements.tracker.planimport;

/**
 * A file as the browser sent it. Its name is only shown in messages, never used as a path: {@link #name()} keeps the
 * last part of it, without folders or control characters.
 */
public record UploadedFile(String fileName, byte[] content) {

    private static final int MAX_NAME = 120;

    public String name() {
        String raw = fileName == null ? "" : fileName;
        String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[\\p{Cntrl}]", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "file";
        }
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}
