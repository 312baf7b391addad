package org.recordswatch.extraction.fork;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * TEST ONLY: a parser that behaves as the worst files make real parsers behave. Registered for made-up media types
 * through {@code src/test/resources/fork-test} (a service file and {@code custom-mimetypes.xml} with magic prefixes
 * {@code RWTEST-EXIT}, {@code RWTEST-HANG}, {@code RWTEST-OOM}), a folder that only the forks of the tests have on
 * their class path.
 */
public class HostileParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final MediaType EXIT = MediaType.application("x-rw-test-exit");
    static final MediaType HANG = MediaType.application("x-rw-test-hang");
    static final MediaType OOM = MediaType.application("x-rw-test-oom");

    /** Kept reachable so that the allocation really exhausts the heap. */
    private static final List<long[]> HOARD = new ArrayList<>();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(EXIT, HANG, OOM);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        if (EXIT.equals(type)) {
            System.exit(3);
        } else if (HANG.equals(type)) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // a hostile parser ignores interrupts
                }
            }
        } else if (OOM.equals(type)) {
            while (true) {
                HOARD.add(new long[1 << 20]);
            }
        }
    }
}
