package org.colophon.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * What PDF/UA asks of the structure tree that Apache FOP cannot write, carried through FOP and
 * put in place with PDFBox afterwards.
 *
 * <p>FOP gives a structure element an /ID on no element, an /Alt only to an image, and a
 * /Lang only to a block. The one free text it carries from an {@code fo:inline} to its
 * structure element is {@code fox:abbreviation} (the element's /E). So {@link FoInjector}
 * writes a hint there, {@code HINT + "Type:Key=value"}, and {@link #apply} moves each hint to
 * the element it is meant for and removes the /E:
 * <ul>
 *   <li>{@code .:Lang=de}: the /Lang of the inline itself (a foreign passage);</li>
 *   <li>{@code Note:ID=n130-7}: the /ID of the nearest {@code Note} above the inline (the
 *       call of a footnote names its note);</li>
 *   <li>{@code Figure:Alt=...}: the /Alt of the nearest {@code Figure} above it.</li>
 * </ul>
 * A Note that no hint names still gets an ID of its own ({@code note-N}): PDF/UA wants every
 * Note identified. An ID already used is made unique with a suffix.
 */
final class StructureHints {

    /** Starts every hint: a private-use character no text of an /E begins with. */
    static final String HINT = "\uE000colophon:";

    private StructureHints() {
    }

    /** The fox:abbreviation value that sets {@code key} of the nearest ancestor of {@code type} ("." for the inline itself). */
    static String hint(String type, String key, String value) {
        return HINT + type + ":" + key + "=" + value;
    }

    /** The PDF with every hint applied, every Note identified; the same bytes give the same bytes. */
    static byte[] apply(byte[] pdf) throws PdfRenderException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return pdf;
            }
            List<PDStructureElement> path = new ArrayList<>();
            walk(root, path);
            identifyNotes(root);
            describeLinks(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfRenderException("Cannot complete the PDF's structure tree: " + e.getMessage(), e);
        }
    }

    private static void walk(PDStructureNode node, List<PDStructureElement> path) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                path.add(e);
                String hint = e.getCOSObject().getString(COSName.E);
                if (hint != null && hint.startsWith(HINT)) {
                    e.getCOSObject().removeItem(COSName.E);
                    applyHint(hint.substring(HINT.length()), path);
                }
                walk(e, path);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void applyHint(String hint, List<PDStructureElement> path) {
        int colon = hint.indexOf(':');
        int eq = hint.indexOf('=');
        if (colon < 0 || eq < colon) {
            return;
        }
        String type = hint.substring(0, colon);
        String key = hint.substring(colon + 1, eq);
        String value = hint.substring(eq + 1);
        PDStructureElement target = ".".equals(type) ? path.get(path.size() - 1) : nearest(path, type);
        if (target == null || value.isEmpty()) {
            return;
        }
        switch (key) {
            case "Lang" -> target.setLanguage(value);
            case "Alt" -> target.setAlternateDescription(value);
            case "ID" -> target.getCOSObject().setString(COSName.ID, value);
            default -> { }
        }
    }

    /**
     * PDF/UA wants an alternate description on every link (its Contents): a link FOP leaves
     * without one (a contents entry, a cross-reference) is described by the page it leads to.
     */
    private static void describeLinks(PDDocument doc) throws IOException {
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)
                        || link.getContents() != null && !link.getContents().isBlank()) continue;
                String where = "Link";
                if (link.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination d
                        && d.retrievePageNumber() >= 0) {
                    where = "Go to page " + (d.retrievePageNumber() + 1);
                } else if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo g
                        && g.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination d
                        && d.retrievePageNumber() >= 0) {
                    where = "Go to page " + (d.retrievePageNumber() + 1);
                }
                link.setContents(where);
            }
        }
    }

    private static PDStructureElement nearest(List<PDStructureElement> path, String type) {
        for (int i = path.size() - 2; i >= 0; i--) {
            if (type.equals(path.get(i).getStructureType())) {
                return path.get(i);
            }
        }
        return null;
    }

    /** Gives every Note an ID, unique in the document: its own where a hint gave one, else note-N. */
    private static void identifyNotes(PDStructureTreeRoot root) {
        List<PDStructureElement> notes = new ArrayList<>();
        collect(root, "Note", notes);
        Set<String> used = new HashSet<>();
        int n = 0;
        for (PDStructureElement note : notes) {
            n++;
            String id = note.getCOSObject().getString(COSName.ID);
            String base = id == null || id.isBlank() ? "note-" + n : id;
            String unique = base;
            for (int k = 2; !used.add(unique); k++) {
                unique = base + "-" + k;
            }
            note.getCOSObject().setString(COSName.ID, unique);
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    out.add(e);
                }
                collect(e, type, out);
            }
        }
    }
}
