package org.colophon.citations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of countries and of their first-level divisions, as they follow a place of publication
 * ("Geneva, Switzerland", "Malden, Mass.", "Upper Saddle River, New Jersey, USA"): the countries
 * from the JDK's own locale data in English, German and French, the states, provinces and Länder
 * from GeoNames ({@code regions.txt}, CC BY 4.0).
 */
final class Places {

    private static final Set<String> REGIONS = load();

    private Places() {
    }

    /** Whether {@code name} names a country or a first-level division (any case). */
    static boolean isRegion(String name) {
        return REGIONS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String cc : Locale.getISOCountries()) {
            Locale country = new Locale("", cc);
            for (Locale in : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH}) {
                out.add(country.getDisplayCountry(in).toLowerCase(Locale.ROOT));
            }
        }
        out.add("usa");
        out.add("uk");
        try (InputStream in = Places.class.getResourceAsStream("regions.txt")) {
            if (in == null) throw new IllegalStateException("regions.txt missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
