package org.colophon.layout;

import java.util.List;
import org.colophon.ingest.SourceLine;

/**
 * What layout analysis found on a page: the source title (from site furniture, may be null),
 * the furniture lines removed, the running head (null on a chapter opening), the body blocks
 * in reading order and the notes at the foot.
 */
public record PageLayout(String sourceTitle, List<SourceLine> furniture, RunningHead runningHead,
                         List<Block> body, List<NoteSource> notes) {
    public PageLayout {
        furniture = List.copyOf(furniture);
        body = List.copyOf(body);
        notes = List.copyOf(notes);
    }
}
