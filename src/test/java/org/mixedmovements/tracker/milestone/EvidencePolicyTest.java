package org.mixedmovements.tracker.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/** What evidence is accepted: the rules the upload form and the service share. */
class EvidencePolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);

    static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void a_file_name_keeps_no_folder_whichever_separator_the_browser_used() {
        assertThat(EvidencePolicy.sanitiseFileName("C:\\Users\\ana\\Desktop\\report.pdf")).isEqualTo("report.pdf");
        assertThat(EvidencePolicy.sanitiseFileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(EvidencePolicy.sanitiseFileName("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(EvidencePolicy.sanitiseFileName("  ..hidden   minutes\u0000.docx ")).isEqualTo("hidden minutes.docx");
        assertThat(EvidencePolicy.sanitiseFileName("a<b>:c|d?.png")).isEqualTo("abcd.png");
        assertThat(EvidencePolicy.sanitiseFileName("folder/")).isEmpty();
    }

    @Test
    void a_long_file_name_is_cut_but_keeps_its_extension() {
        String name = EvidencePolicy.sanitiseFileName("x".repeat(500) + ".xlsx");
        assertThat(name).hasSize(EvidencePolicy.MAX_FILE_NAME).endsWith(".xlsx");
    }

    @Test
    void a_pdf_declared_as_a_pdf_is_accepted_even_with_an_upper_case_extension_and_a_charset() {
        assertThat(EvidencePolicy.fileProblems("Minutes.PDF", "application/pdf", PDF)).isEmpty();
        assertThat(EvidencePolicy.fileProblems("data.csv", "text/csv; charset=UTF-8",
                "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidencePolicy.fileProblems("data.csv", "application/vnd.ms-excel",
                "a,b\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void an_extension_outside_the_list_is_refused() {
        assertThat(keys(EvidencePolicy.fileProblems("setup.exe", "application/pdf", PDF)))
                .containsExactly("mytasks.evidence.error.type");
        assertThat(keys(EvidencePolicy.fileProblems("README", "text/plain", PDF)))
                .containsExactly("mytasks.evidence.error.type");
    }

    @Test
    void the_declared_type_must_match_the_extension() {
        assertThat(keys(EvidencePolicy.fileProblems("report.pdf", "text/html", PDF)))
                .containsExactly("mytasks.evidence.error.declared-type");
        assertThat(keys(EvidencePolicy.fileProblems("report.pdf", null, PDF)))
                .containsExactly("mytasks.evidence.error.declared-type");
    }

    @Test
    void the_content_must_be_what_the_name_says() {
        assertThat(keys(EvidencePolicy.fileProblems("photo.png", "image/png", PDF)))
                .containsExactly("mytasks.evidence.error.content");
        assertThat(keys(EvidencePolicy.fileProblems("notes.txt", "text/plain", new byte[] {'a', 0, 'b'})))
                .containsExactly("mytasks.evidence.error.content");
        assertThat(EvidencePolicy.fileProblems("photo.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEmpty();
        assertThat(EvidencePolicy.fileProblems("plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 20, 0})).isEmpty();
    }

    @Test
    void an_empty_file_and_one_over_ten_megabytes_are_refused() {
        assertThat(keys(EvidencePolicy.fileProblems("empty.txt", "text/plain", new byte[0])))
                .containsExactly("mytasks.evidence.error.empty");
        byte[] tooLarge = new byte[EvidencePolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(keys(EvidencePolicy.fileProblems("big.pdf", "application/pdf", tooLarge)))
                .containsExactly("mytasks.evidence.error.too-large");
        byte[] justRight = new byte[EvidencePolicy.MAX_BYTES];
        System.arraycopy(PDF, 0, justRight, 0, PDF.length);
        assertThat(EvidencePolicy.fileProblems("big.pdf", "application/pdf", justRight)).isEmpty();
    }

    @Test
    void a_link_must_be_an_absolute_http_or_https_address() {
        assertThat(EvidencePolicy.linkProblems("https://www.r4v.info/en/document/rmrp-2025")).isEmpty();
        assertThat(EvidencePolicy.linkProblems(" HTTP://example.org/a?b=c ")).isEmpty();
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/file.pdf", "www.example.org",
                "file:///etc/passwd", "https://", "https://user:secret@example.org/", "http://exa mple.org")) {
            assertThat(keys(EvidencePolicy.linkProblems(bad))).as(bad).containsExactly("mytasks.evidence.error.link");
        }
        assertThat(keys(EvidencePolicy.linkProblems("  "))).containsExactly("validation.required");
    }

    @Test
    void the_upload_form_accepts_the_same_extensions_and_types() {
        assertThat(EvidencePolicy.acceptedFileTypes()).contains(".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg",
                ".csv", ".txt", "application/pdf", "image/png");
    }
}
