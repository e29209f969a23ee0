package org.colophon.publish;

/** A PDF could not be made: bad FO, a font that cannot be embedded under PDF/A, I/O. */
public class PdfRenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public PdfRenderException(String message) {
        super(message);
    }

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
