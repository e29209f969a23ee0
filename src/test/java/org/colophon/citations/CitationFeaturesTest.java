package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger knows features by hashes made from their parts: they must be the hashes of their names. */
class CitationFeaturesTest {

    private static final String[] CITATIONS = {
        "Mustermann, NZG 1999, 797 (800).",
        "Vgl. Birk, Steuerrecht, S. 231 f.; ebd., Rn. 443.",
        "J. Smith, ‘The State’ (1979) 27 Political Studies 183, at 185.",
        "Donoghue v Stevenson [1932] AC 562 (HL).",
        "R. W. Davies, “Soviet Military Expenditure,” Europe-Asia Studies 45, no. 4 (1993): 577–608, https://doi.org/10.1080/09668139308412115.",
        "Ostrom, Governing the Commons, https://example.org/view?id=17&lang=en (accessed 3 May 2020).",
        "",
        "x",
    };

    @Test
    void hashesFromPartsAreTheHashesOfTheNames() {
        for (String c : CITATIONS) {
            List<CiteToken> toks = CiteToken.of(c, 0, c.length());
            List<Span> hints = CitationParser.byRules(c);
            List<String[]> names = CitationFeatures.of(toks, hints);
            assertEquals(toks.size(), names.size(), c);
            List<List<Long>> hashes = new ArrayList<>();
            CitationFeatures.extract(toks, hints, new CitationFeatures.Hashes() {
                @Override
                void token(int i) {
                    hashes.add(new ArrayList<>());
                }

                @Override
                void feature(long hash) {
                    hashes.get(hashes.size() - 1).add(hash);
                }
            });
            assertEquals(names.size(), hashes.size(), c);
            for (int i = 0; i < names.size(); i++) {
                long[] expected = new long[names.get(i).length];
                for (int k = 0; k < expected.length; k++) expected[k] = CitationFeatures.hash(names.get(i)[k]);
                assertArrayEquals(expected, hashes.get(i).stream().mapToLong(Long::longValue).toArray(), c + " token " + i);
            }
        }
    }

    @Test
    void trainingExamplesCarryTheSameHashes() {
        String c = CITATIONS[0];
        List<CiteToken> toks = CiteToken.of(c, 0, c.length());
        List<Span> hints = CitationParser.byRules(c);
        SequenceModel.Example e = SequenceModel.Example.of(toks, hints, new String[toks.size()]);
        List<String[]> names = CitationFeatures.of(toks, hints);
        for (int i = 0; i < toks.size(); i++) {
            assertEquals(names.get(i).length, e.features()[i].length);
            assertEquals(CitationFeatures.hash(names.get(i)[names.get(i).length - 1]), e.features()[i][e.features()[i].length - 1]);
        }
    }
}
