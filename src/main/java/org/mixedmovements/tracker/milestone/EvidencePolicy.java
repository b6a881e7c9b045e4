package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.InputPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * What evidence the tracker accepts. A file: at most {@link #MAX_BYTES}, one of a few office, image and text types,
 * where the declared content type, the file name's extension and the first bytes of the content must agree; the file
 * name is kept without any path. A link: an absolute http or https address. The checks are pure functions, so the
 * upload form and the service say the same thing.
 */
public final class EvidencePolicy {

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_MILESTONE = 50;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_URL = 2000;
    static final int MAX_FILE_NAME = 200;

    private static final String ZIP = "zip";
    private static final String TEXT = "text";

    /** Extension, its accepted content types and how its content starts. */
    private record FileType(String extension, Set<String> contentTypes, String signature) {
    }

    private static final Map<String, FileType> TYPES = new LinkedHashMap<>();

    static {
        type("pdf", "pdf", "application/pdf");
        type("docx", ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        type("xlsx", ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        type("pptx", ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        type("png", "png", "image/png");
        type("jpg", "jpg", "image/jpeg", "image/pjpeg");
        type("jpeg", "jpg", "image/jpeg", "image/pjpeg");
        // Windows browsers declare a CSV file as Excel's
        type("csv", TEXT, "text/csv", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel",
                "text/plain");
        type("txt", TEXT, "text/plain");
    }

    private EvidencePolicy() {
    }

    private static void type(String extension, String signature, String... contentTypes) {
        TYPES.put(extension, new FileType(extension, Set.of(contentTypes), signature));
    }

    /** The extensions accepted, lower case, without the dot: pdf, docx, xlsx, ... */
    public static List<String> extensions() {
        return List.copyOf(TYPES.keySet());
    }

    /** For the upload component: every accepted extension (with its dot) and content type. */
    public static String[] acceptedFileTypes() {
        List<String> accepted = new ArrayList<>();
        TYPES.values().forEach(t -> {
            accepted.add("." + t.extension());
            t.contentTypes().stream().filter(c -> !accepted.contains(c)).sorted().forEach(accepted::add);
        });
        return accepted.toArray(String[]::new);
    }

    /**
     * The name to keep: the last part of what the browser sent (no folder, whichever separator it used), without
     * control or reserved characters and leading dots, at most 200 characters with its extension kept. Blank if
     * nothing is left.
     */
    public static String sanitiseFileName(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw;
        int separator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (separator >= 0) {
            name = name.substring(separator + 1);
        }
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > MAX_FILE_NAME) {
            String extension = extensionOf(name);
            int keep = MAX_FILE_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
        }
        return name;
    }

    /** The content type without parameters (";charset=..."), lower case; blank if none was declared. */
    static String baseContentType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every reason the file cannot be kept (none: it can). {@code fileName} is the sanitised name. */
    static List<Problem> fileProblems(String fileName, String contentType, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        if (fileName.isBlank()) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.no-name"));
            return problems;
        }
        FileType type = TYPES.get(extensionOf(fileName));
        if (type == null) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.type", fileName, String.join(", ", extensions())));
            return problems;
        }
        if (!type.contentTypes().contains(baseContentType(contentType))) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.declared-type", fileName,
                    contentType == null || contentType.isBlank() ? "?" : baseContentType(contentType)));
            return problems;
        }
        if (content == null || content.length == 0) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.empty", fileName));
        } else if (content.length > MAX_BYTES) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.too-large", fileName, MAX_BYTES / (1024 * 1024)));
        } else if (!startsAsExpected(type, content)) {
            problems.add(Problem.of("evidenceFile", "mytasks.evidence.error.content", fileName, type.extension()));
        }
        return problems;
    }

    /** The link's problem, if any: it must be an absolute http(s) address with a host and no spaces. */
    public static List<Problem> linkProblems(String url) {
        if (url == null || url.isBlank()) {
            return List.of(Problem.of("evidenceLink", "validation.required"));
        }
        String link = url.strip();
        if (InputPolicy.problem("evidenceLink", link, MAX_URL).isPresent()) {
            return List.of(InputPolicy.problem("evidenceLink", link, MAX_URL).get());
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank() || uri.getUserInfo() != null) {
                return List.of(Problem.of("evidenceLink", "mytasks.evidence.error.link"));
            }
        } catch (URISyntaxException malformed) {
            return List.of(Problem.of("evidenceLink", "mytasks.evidence.error.link"));
        }
        return List.of();
    }

    static List<Problem> noteProblems(String note) {
        return InputPolicy.problem("evidenceNote", note, MAX_NOTE).stream().toList();
    }

    private static boolean startsAsExpected(FileType type, byte[] content) {
        return switch (type.signature()) {
            case "pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case ZIP -> startsWith(content, 'P', 'K', 3, 4);
            case "png" -> startsWith(content, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            case "jpg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            default -> isText(content);
        };
    }

    private static boolean startsWith(byte[] content, int... expected) {
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL byte in its first 8 KB (binary files nearly always do). */
    private static boolean isText(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, 8192));
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
