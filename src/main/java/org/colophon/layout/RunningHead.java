package org.colophon.layout;

import org.colophon.ingest.SourceLine;

/**
 * The running head and folio of a page ("130 Ë Title" or "Title Ë 131"); {@code title} is null
 * for a folio printed alone.
 */
public record RunningHead(String folio, String title, boolean folioFirst, String separator, SourceLine line) {}
