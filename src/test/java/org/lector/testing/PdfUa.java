package org.lector.testing;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 validation: the failed checks of a PDF, counted by rule. */
public final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Rule id ("7.1-3: content not tagged") → number of failed checks; empty when the PDF conforms. */
    public static Map<String, Integer> failedChecks(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                    failed.merge(rule.length() > 160 ? rule.substring(0, 160) + "…" : rule, 1, Integer::sum);
                }
            }
            if (result.isCompliant() && !failed.isEmpty()) {
                throw new IllegalStateException("veraPDF says compliant but lists failures: " + failed);
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant (no failed assertion listed)", 1);
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
        }
    }
}
