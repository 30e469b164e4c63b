package org.leerwerkplek.mentorcourse.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.i18n.Messages;

class CertificatePdfTest {

    @Test
    void theCertificateStatesNamePeriodModulesAndCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale dutch = Messages.DUTCH;

        CertificatePdf.write(new CertificatePdf.Content("Sofie Peeters", "Opvolgaanbod voor mentoren",
                        LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 9),
                        List.of("Het leerproces structureren", "Feedback geven"), "K7QM-3RTA-WX9E",
                        "https://lwp.example.org/course/verify.xhtml", dutch),
                (key, arguments) -> Messages.get(dutch, key, arguments), out);

        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertTrue(text.contains("Sofie Peeters"), text);
        assertTrue(text.contains("10 maart 2026") && text.contains("9 maart 2027"), text);
        assertTrue(text.contains("Feedback geven"), text);
        assertTrue(text.contains("K7QM-3RTA-WX9E"), text);
        assertTrue(text.contains("Certificaat opvolgaanbod mentoren"), text);
    }
}
