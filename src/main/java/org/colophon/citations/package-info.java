/**
 * Citation parsing for footnotes: turns the reading text of a note into nested
 * {@link org.colophon.citations.Span}s ({@code bibl}, {@code author}, {@code title}, {@code date},
 * {@code biblScope}, {@code citedRange}, {@code pubPlace}, {@code publisher}, ...) that the TEI
 * writer wraps around the text. Pure JDK, rule-based, thread-safe.
 *
 * <p>Entry point: {@link org.colophon.citations.CitationParser#parse(String)}.
 */
package org.colophon.citations;
