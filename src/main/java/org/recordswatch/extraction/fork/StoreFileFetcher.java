package org.recordswatch.extraction.fork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.config.Field;
import org.apache.tika.config.Initializable;
import org.apache.tika.config.InitializableProblemHandler;
import org.apache.tika.config.Param;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.fetcher.AbstractFetcher;

/**
 * Opens the file to parse: a path relative to the configured input root, which must name a regular file inside that
 * root (no {@code ..}, no absolute path, no symbolic link anywhere on the way). Unlike Tika's
 * {@code FileSystemFetcher}, a refused key is reported as a fetch exception instead of crashing the process, and the
 * uploaded file name from the {@link ForkRequest} becomes the detection hint, because stored files carry generated
 * names.
 */
public class StoreFileFetcher extends AbstractFetcher implements Initializable {

    private Path inputRoot;

    @Field
    public void setInputRoot(String inputRoot) {
        this.inputRoot = Path.of(inputRoot);
    }

    @Override
    public InputStream fetch(String fetchKey, Metadata metadata, ParseContext parseContext)
            throws TikaException, IOException {
        Path file = resolve(inputRoot, fetchKey);
        ForkRequest request = parseContext.get(ForkRequest.class);
        if (request != null && request.resourceName() != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.resourceName());
        }
        return TikaInputStream.get(file, metadata);
    }

    /** The file named by {@code key} under {@code root}, or an exception if it is not a regular file inside it. */
    public static Path resolve(Path root, String key) throws IOException {
        if (key == null || key.isEmpty() || key.indexOf('\0') >= 0) {
            throw new IOException("Invalid fetch key");
        }
        Path relative = root.getFileSystem().getPath(key);
        if (relative.isAbsolute()) {
            throw new IOException("Fetch keys are relative to the input root");
        }
        Path file = root;
        for (Path name : relative) {
            String segment = name.toString();
            if (segment.equals("..") || segment.equals(".")) {
                throw new IOException("Fetch keys must not contain . or .. segments");
            }
            file = file.resolve(segment);
            if (Files.isSymbolicLink(file)) {
                throw new IOException("Fetch keys must not pass through symbolic links");
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Not a regular file under the input root");
        }
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("Fetch key outside the input root");
        }
        return file;
    }

    @Override
    public void initialize(Map<String, Param> params) {
        // configured through setters
    }

    @Override
    public void checkInitialization(InitializableProblemHandler problemHandler) throws TikaConfigException {
        if (inputRoot == null || !inputRoot.isAbsolute() || !Files.isDirectory(inputRoot)) {
            throw new TikaConfigException("inputRoot must be an existing absolute directory: " + inputRoot);
        }
    }
}
