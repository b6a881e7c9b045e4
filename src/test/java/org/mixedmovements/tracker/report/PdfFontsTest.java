package org.mixedmovements.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every PDF prints the region's names and places as typed, with a font it carries itself. */
class PdfFontsTest {

    private static final String PLACES = "São Paulo, Cap-Haïtien, Ñuble, œ, €, ≥";

    @Test
    void theRegionsNamesAndPlacesAreExtractedBackAsTheyWereWritten() throws IOException {
        byte[] pdf = write();

        String text = PdfText.of(pdf);

        assertThat(text).contains(PLACES).contains("Bogotá: reunión del grupo de trabajo");
        assertThat(PdfText.squeezed(text)).contains(PdfText.squeezed("Port-au-Prince → Pétion-Ville ≤ 15 km"));
    }

    @Test
    void everyFontOfTheDocumentIsEmbeddedSoNoViewerSubstitutesOne() throws IOException {
        PdfReader reader = new PdfReader(write());
        try {
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                    fonts.add(String.valueOf(d.get(PdfName.FONTNAME)));
                    assertThat(d.get(PdfName.FONTFILE2)).as("the font file of %s", d.get(PdfName.FONTNAME)).isNotNull();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
        } finally {
            reader.close();
        }
    }

    private static byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pdf pdf = new Pdf(out, "Informe · São Paulo", "Página")) {
            pdf.title(PLACES);
            pdf.heading("Bogotá: reunión del grupo de trabajo");
            pdf.text("Port-au-Prince → Pétion-Ville ≤ 15 km");
            pdf.note("Œuvre d’Orient, naïve façade");
        }
        return out.toByteArray();
    }
}
