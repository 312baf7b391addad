package org.recordswatch.communication.parse.resolve;

import java.util.List;
import java.util.stream.Collectors;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.SourceRef;

/**
 * One distinct message, however many files (or agencies) hold it.
 *
 * @param id a stable id derived from the message's identity (Message-ID, or sender, time, subject), so re-resolving
 *     the same corpus gives the same ids
 * @param primary the appearance whose fields represent the communication (an e-mail file over a print-out, then the
 *     first in input order), with missing addresses filled in from the corpus
 * @param appearances every appearance, in input order; the first holds the earliest document
 * @param threadId the thread it belongs to
 */
public record Communication(String id, ParsedMessage primary, List<ParsedMessage> appearances, String threadId) {

    public Communication {
        appearances = List.copyOf(appearances);
    }

    /** Where it appears, in input order. */
    public List<SourceRef> sources() {
        return appearances.stream().map(ParsedMessage::source).toList();
    }

    /** The first document holding it. */
    public SourceRef firstSource() {
        return appearances.get(0).source();
    }

    /** Locators of every appearance in the first document, joined ({@code pages 3-4; pages 9-10}). */
    public String locatorInFirstDocument() {
        String doc = firstSource().documentId();
        return appearances.stream().map(ParsedMessage::source).filter(s -> s.documentId().equals(doc))
                .map(s -> s.locator().label()).distinct().collect(Collectors.joining("; "));
    }

    /** Names of the documents other than the first that hold it. */
    public List<String> alsoIn() {
        String first = firstSource().documentName();
        return appearances.stream().map(m -> m.source().documentName()).filter(n -> !n.equals(first)).distinct()
                .toList();
    }
}
