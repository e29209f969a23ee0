package org.colophon.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fuzzing run printed (libFuzzer's progress, Jazzer's notes, JUnit's summary), read for the
 * two things the build log needs: one line saying how much was fuzzed, or the finding.
 */
record FuzzLog(List<String> lines) {
    /** libFuzzer's last line: {@code Done 5000 runs in 41 second(s)}. */
    private static final Pattern DONE = Pattern.compile("^Done (\\d+) runs in (\\d+) second");
    /** libFuzzer's status lines: {@code #4096 pulse cov: 2345 ft: 6789 corp: 321/45Kb ...}. */
    private static final Pattern STATUS = Pattern.compile("^#\\d+\\s+\\S+\\s+cov: (\\d+) ft: \\d+ corp: (\\d+)/");
    private static final Pattern SEED = Pattern.compile("^INFO: Seed: (\\d+)");
    /** {@link FuzzMain}'s last line: {@code FuzzMain: 9 tests succeeded, 0 failed}. */
    private static final Pattern TESTS = Pattern.compile("^FuzzMain: (\\d+) tests succeeded");
    /** Where a finding's report starts: Jazzer's (standalone), libFuzzer's, JUnit's ({@link FuzzMain}). */
    private static final List<String> FINDING = List.of("== Java Exception", "DEDUP_TOKEN:", "Failures (");
    /** Lines of the end of the log shown when the run failed without a marked finding. */
    private static final int TAIL = 80;

    /** The number of inputs run, if libFuzzer got to the end of its run. */
    OptionalInt runs() {
        Matcher m = last(DONE);
        return m == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(1)));
    }

    /** How many tests (in replay, one per saved input) JUnit ran and passed; 0 if it never said. */
    long testsSucceeded() {
        Matcher m = last(TESTS);
        return m == null ? 0 : Long.parseLong(m.group(1));
    }

    /** One line for the build log: inputs, time, seed, coverage; {@code name} is the fuzz test. */
    String summary(String name) {
        Matcher done = last(DONE);
        if (done == null) throw new IllegalStateException("libFuzzer did not finish its run");
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: fuzzed %,d inputs in %s s",
                name, Integer.parseInt(done.group(1)), done.group(2)));
        Matcher seed = last(SEED);
        if (seed != null) s.append(", seed ").append(seed.group(1));
        Matcher status = last(STATUS);
        if (status != null) s.append(String.format(Locale.ROOT, ", coverage %,d edges, corpus %,d inputs",
                Integer.parseInt(status.group(1)), Integer.parseInt(status.group(2))));
        return s.append(", no findings").toString();
    }

    /** The finding as reported, through to the end of the log; else the last lines of the log. */
    String finding() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FINDING.stream().anyMatch(line::startsWith)) return String.join("\n", lines.subList(i, lines.size()));
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL), lines.size()));
    }

    private Matcher last(Pattern p) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = p.matcher(lines.get(i));
            if (m.find()) return m;
        }
        return null;
    }
}
