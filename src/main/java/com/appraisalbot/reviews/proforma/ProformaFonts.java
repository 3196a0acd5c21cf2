package com.appraisalbot.reviews.proforma;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The proforma's fonts. People's text is set in Liberation Sans, which OpenPDF ships in its jar and
 * which is embedded in the PDF, so accented Latin, Greek, Cyrillic, dashes and curly quotes print
 * as typed. A character it has no glyph for (such as an emoji) is printed as its code, {@code
 * [U+1F600]}, never dropped.
 */
final class ProformaFonts {

    private static final String TTF = "/font-fallback/LiberationSans-Regular.ttf";

    private final BaseFont base;
    final Font text;
    final Font small;
    final Font label;
    final Font heading;
    final Font title;

    private ProformaFonts(BaseFont base) {
        this.base = base;
        this.text = new Font(base, 9);
        this.small = new Font(base, 7);
        this.label = new Font(Font.HELVETICA, 8, Font.BOLD);
        this.heading = new Font(Font.HELVETICA, 10, Font.BOLD);
        this.title = new Font(Font.HELVETICA, 13, Font.BOLD);
    }

    /** Loads the embedded font; the jar always holds it, so failing to read it is a broken build. */
    static ProformaFonts load() {
        try (InputStream in = ProformaFonts.class.getResourceAsStream(TTF)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's " + TTF + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return new ProformaFonts(BaseFont.createFont(
                    "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read OpenPDF's " + TTF, e);
        }
    }

    /** The text with every character the font cannot draw replaced by its visible code, such as [U+1F600]. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (base.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("[U+%04X]", cp));
            }
        });
        return out.toString();
    }
}
