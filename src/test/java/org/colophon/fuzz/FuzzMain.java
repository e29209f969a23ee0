package org.colophon.fuzz;

import java.io.PrintWriter;
import java.util.Locale;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the tests of one class through the JUnit Platform in this JVM, prints JUnit's summary and
 * last a line {@code FuzzMain: N tests succeeded, N failed}, and exits 0 when they ran and passed,
 * 1 otherwise. {@link JazzerProcess} starts it in a JVM of its own, so that what Jazzer prints goes
 * to a log file, not the build's log, and its agent instruments no other test's classes.
 */
final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(args[0])).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 50);
        summary.printTo(out);
        out.printf(Locale.ROOT, "FuzzMain: %d tests succeeded, %d failed%n",
                summary.getTestsSucceededCount(), summary.getTotalFailureCount());
        boolean passed = summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0;
        System.exit(passed ? 0 : 1);
    }
}
