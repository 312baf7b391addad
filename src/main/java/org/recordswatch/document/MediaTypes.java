package org.recordswatch.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file from its content, with Tika's magic-byte detector (tika-core only: it reads the first
 * bytes and matches signatures, it parses nothing). The file name is deliberately not consulted. The extraction
 * process, which does parse, refines the type later (e.g. a zip that is really a .docx).
 */
public final class MediaTypes {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private MediaTypes() {
    }

    public static String detect(Path file) throws IOException {
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            MediaType type = MAGIC.detect(in, new Metadata());
            return type.toString();
        }
    }
}
