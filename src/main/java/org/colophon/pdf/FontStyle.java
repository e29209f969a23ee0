package org.colophon.pdf;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** Bold and italic from a font's descriptor flags and weight, else from its name (TeX's CMBX, CMTI…). */
final class FontStyle {
    private static final Pattern BOLD = Pattern.compile("(cm|ec|sf|lm)?(bx|b)\\d.*|.*cmbx.*|.*-bd.*|.*sfbx.*|.*cmssbx.*");
    private static final Pattern ITALIC = Pattern.compile("(cm|ec)?(ti|sl|it)\\d.*|.*cmti.*|.*cmsl.*|.*sfti.*|.*sfsl.*|.*-it\\b.*|.*-bi\\b.*");

    /** A font's name and style, worked out once per font of a document. */
    record Of(String name, boolean bold, boolean italic) {
        static Of font(PDFont font) {
            return new Of(FontStyle.name(font), FontStyle.bold(font), FontStyle.italic(font));
        }
    }

    private FontStyle() {}

    static String name(PDFont font) {
        String n = font == null ? null : font.getName();
        if (n == null) return "";
        int plus = n.indexOf('+');
        return plus == 6 ? n.substring(7) : n;   // subset prefix ABCDEF+
    }

    static boolean bold(PDFont font) {
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) return true;
        return boldName(name(font));
    }

    static boolean italic(PDFont font) {
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        if (d != null && d.isItalic() && !d.isSymbolic()) return true;
        return italicName(name(font));
    }

    static boolean boldName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
                || n.contains("demi") || BOLD.matcher(n).matches();
    }

    static boolean italicName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("italic") || n.contains("oblique") || n.contains("slant")
                || ITALIC.matcher(n).matches();
    }
}
