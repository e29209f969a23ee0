/**
 * General word lexicons (English, German) with corpus frequencies, shipped as classpath
 * resources ({@code org/colophon/lexicon/en.tsv.gz}, {@code de.tsv.gz}) and used by the
 * repair stages (lost ligature letters, words glued at lost spaces).
 *
 * <p>The data come from general public word lists (SCOWL, Hunspell, igerman98) and the
 * SUBTLEX-US frequency list; see {@code org/colophon/lexicon/LICENSES.txt} for sources and
 * licences and {@code tools/build-lexicon.sh} for how the files are rebuilt.
 */
package org.colophon.lexicon;
