package org.colophon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one command over many inputs on several threads. Whatever the number of threads, what
 * is printed comes in input order and the files written are the same; on a terminal, a progress
 * bar on standard error shows how far a long run has got.
 */
final class Batch {

    /** Inputs from which a progress bar is drawn (on a terminal only). */
    static final int PROGRESS_FROM = 10;

    /** What one input gave: text for standard output (or null), lines for standard error, a report, failure. */
    record Outcome(String stdout, List<String> messages, String report, boolean failed) {
        static Outcome failure(String message) {
            return new Outcome(null, List.of(message), null, true);
        }
    }

    /** The work on one input; an exception it lets through is reported in one line as an internal error. */
    interface Task {
        Outcome run(String input) throws Exception;
    }

    private Batch() {
    }

    /** Runs {@code task} over {@code inputs}; returns how many failed. Reports are appended to {@code reports} in input order. */
    static int run(String command, List<String> inputs, int jobs, PrintWriter out, PrintWriter err, StringBuilder reports, Task task) {
        Progress progress = new Progress(err, inputs.size(), System.console() != null && inputs.size() >= PROGRESS_FROM);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, inputs.size())));
        int failed = 0;
        try {
            List<Future<Outcome>> results = new ArrayList<>();
            for (String input : inputs) {
                results.add(pool.submit(() -> {
                    try {
                        return task.run(input);
                    } catch (OutOfMemoryError e) {
                        return Outcome.failure(input + ": not enough memory (give Java more with -Xmx, or split the input)");
                    } catch (Exception | StackOverflowError e) {
                        return Outcome.failure(input + ": internal error: " + e);
                    } finally {
                        progress.done();
                    }
                }));
            }
            for (Future<Outcome> f : results) {
                Outcome o;
                try {
                    o = f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    progress.clear();
                    err.println("colophon " + command + ": interrupted");
                    return failed + 1;
                } catch (ExecutionException e) {
                    o = Outcome.failure("colophon " + command + ": internal error: " + e.getCause());
                }
                synchronized (err) {
                    progress.clear();
                    o.messages().forEach(err::println);
                    progress.draw();
                }
                if (o.stdout() != null) {
                    out.print(o.stdout());
                    out.flush();
                }
                if (o.report() != null && reports != null) reports.append(o.report());
                if (o.failed()) failed++;
            }
        } finally {
            pool.shutdownNow();
            progress.clear();
            err.flush();
        }
        return failed;
    }

    /** "[=======       ] 37/100" on standard error, redrawn in place. */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean on;
        private int done;

        Progress(PrintWriter err, int total, boolean on) {
            this.err = err;
            this.total = total;
            this.on = on;
        }

        void done() {
            synchronized (err) {
                done++;
                draw();
            }
        }

        void draw() {
            if (!on) return;
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }

        void clear() {
            if (!on) return;
            err.print("\r\033[K");
            err.flush();
        }
    }
}
