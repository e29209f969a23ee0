package org.colophon.cli;

/**
 * Start-up work done ahead on another thread: compiling a stylesheet or building the FopFactory
 * takes a few hundred milliseconds each, and a second core is usually idle while the first page
 * converts. What is prepared is built once per JVM (holder classes), so a command that reaches
 * it first simply waits for it; a failure here surfaces again, with its message, when it is used.
 */
final class Background {
    private Background() {
    }

    /** Runs the tasks one after the other on a new daemon thread. */
    static void start(Runnable... tasks) {
        Thread t = new Thread(() -> {
            for (Runnable task : tasks) {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    return;   // reported where the command uses it
                }
            }
        }, "colophon-prepare");
        t.setDaemon(true);
        t.start();
    }
}
