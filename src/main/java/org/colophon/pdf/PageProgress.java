package org.colophon.pdf;

/** Told how far the reading of a PDF has got: how many pages it will read, then each page read, then the end. */
public interface PageProgress {
    PageProgress NONE = new PageProgress() {
        @Override public void pages(int total) { }
        @Override public void page() { }
        @Override public void end() { }
    };

    void pages(int total);

    void page();

    void end();
}
