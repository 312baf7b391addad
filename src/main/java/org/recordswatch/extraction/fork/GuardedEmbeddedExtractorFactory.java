package org.recordswatch.extraction.fork;

import java.nio.file.Path;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentExtractorFactory;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;

/**
 * Declared in the generated tika-config ({@code autoDetectParserConfig/embeddedDocumentExtractorFactory}), so that
 * every embedded document of every parse in the forked process goes through a {@link GuardedEmbeddedExtractor}.
 * {@code partsRoot} is the folder under which each task's embedded bytes are written; it comes from the
 * configuration file the application generated, never from a request.
 */
public class GuardedEmbeddedExtractorFactory implements EmbeddedDocumentExtractorFactory {

    private static final long serialVersionUID = 1L;
    private String partsRoot;

    public void setPartsRoot(String partsRoot) {
        this.partsRoot = partsRoot;
    }

    @Override
    public EmbeddedDocumentExtractor newInstance(Metadata metadata, ParseContext parseContext) {
        ForkRequest request = parseContext.get(ForkRequest.class);
        if (request == null || partsRoot == null) {
            // Not a request of the application (for example a tool run by hand): Tika's default behaviour.
            return new ParsingEmbeddedDocumentExtractor(parseContext);
        }
        Path taskFolder = Path.of(partsRoot).resolve(request.taskId());
        GuardedEmbeddedExtractor extractor = new GuardedEmbeddedExtractor(parseContext, request, metadata, taskFolder);
        // The names of embedded documents are in their own parts; they are not text of the container.
        extractor.setWriteFileNameToContent(false);
        return extractor;
    }
}
