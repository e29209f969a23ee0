package org.colophon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code -j N} option of the commands that work on many files at once: how many at a time, 1 or more. */
final class Jobs {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = AtLeastOne.class,
            description = "Files processed at once, 1 or more (default: the number of cores, ${DEFAULT-VALUE} here). The output does not depend on it.")
    int count = Runtime.getRuntime().availableProcessors();

    /** A whole number of 1 or more; anything else is wrong usage. */
    static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a whole number of 1 or more, not '" + value + "'");
            }
            if (n < 1) throw new CommandLine.TypeConversionException("expected 1 or more, not " + n);
            return n;
        }
    }
}
