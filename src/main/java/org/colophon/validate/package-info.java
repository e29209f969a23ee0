/**
 * Validation of Colophon's TEI: RELAX NG ({@code schema/colophon.rng}, through Jing) and
 * Schematron ({@code schema/colophon.sch}, compiled by SchXslt and run by Saxon).
 *
 * <p>{@link org.colophon.validate.TeiValidator#load()} compiles both schemas once; the
 * validator is then immutable and safe to share between threads. Each call of
 * {@code validate} returns a list of {@link org.colophon.validate.Problem}s, each with a file,
 * line and column; a document that is not well-formed, or that declares a DOCTYPE, yields a
 * problem rather than an exception. DTDs and external entities are never read.
 */
package org.colophon.validate;
