package org.recordswatch.communication.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recordswatch.communication.parse.email.EmailMessageReader;
import org.recordswatch.communication.parse.printout.PrintoutSplitter;
import org.recordswatch.communication.parse.text.TextMessageExportParser;

/**
 * The entry point for one stored file: finds every message in the tree Tika extracted from it.
 *
 * <p>How each node is read (rules covered by tests):
 * <ul>
 * <li>an e-mail message ({@code message/rfc822}, Outlook {@code .msg}, or any node with message metadata) is one
 * message; its children are its attachments (an attached e-mail is an attachment, not a message of its own);</li>
 * <li>a mailbox ({@code mbox}, Outlook PST/OST) holds messages: the n-th message child gets locator
 * {@code message n} in the mailbox;</li>
 * <li>an archive (zip, tar, 7z, rar, gzip) holds documents in their own right: each member is read as a document of
 * its own (its {@link SourceDocument#name()} is expected in the {@code outer.zip!inner} form);</li>
 * <li>any other document with text is read as a text-message export and as a print-out: a structured export
 * (listing, label records, CSV) wins, a chat transcript wins only when no printed e-mail header was found (a
 * conversation pasted into an e-mail stays part of it); e-mails, mailboxes and archives embedded in it (a PDF
 * portfolio, an office file) are read as documents of their own, its other embedded objects are not.</li>
 * </ul>
 * A lone message file gets locator {@code message 1}.
 */
public final class MessageExtractor {

    private static final Set<String> MAILBOXES = Set.of("application/mbox", "application/vnd.ms-outlook-pst",
            "application/vnd.ms-outlook-ost", "application/x-outlook-pst");
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-zip-compressed",
            "application/x-tar", "application/gzip", "application/x-gzip", "application/x-gtar",
            "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar",
            "application/x-bzip2", "application/x-xz", "application/java-archive");

    private final ParseSettings settings;

    public MessageExtractor(ParseSettings settings) {
        this.settings = settings;
    }

    /** Every message found in the file and its embedded documents. */
    public SplitResult extract(SourceDocument document) {
        List<ParsedMessage> messages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        read(document, messages, notes);
        return new SplitResult(messages, notes);
    }

    private void read(SourceDocument node, List<ParsedMessage> out, List<String> notes) {
        String type = node.mediaType();
        if (MAILBOXES.contains(type)) {
            int n = 0;
            for (SourceDocument child : node.children()) {
                if (EmailMessageReader.isMessage(child)) {
                    n++;
                    out.add(EmailMessageReader.read(child, ref(node, Locator.message(n)), settings));
                } else {
                    read(child, out, notes);
                }
            }
            if (n == 0) {
                notes.add(node.name() + ": mailbox without messages");
            }
            return;
        }
        if (ARCHIVES.contains(type)) {
            for (SourceDocument child : node.children()) {
                read(child, out, notes);
            }
            return;
        }
        if (EmailMessageReader.isMessage(node)) {
            out.add(EmailMessageReader.read(node, ref(node, Locator.message(1)), settings));
            return;
        }
        // E-mails, mailboxes and archives embedded in other documents (PDF portfolios, office files) hold messages of
        // their own; embedded images and other objects do not.
        for (SourceDocument child : node.children()) {
            if (EmailMessageReader.isMessage(child) || MAILBOXES.contains(child.mediaType())
                    || ARCHIVES.contains(child.mediaType())) {
                read(child, out, notes);
            }
        }
        String text = node.fullText();
        if (text.isBlank()) {
            if (type.equals("application/pdf") && node.children().isEmpty()) {
                notes.add(node.name() + ": no text (needs OCR?)");
            }
            return;
        }
        SourceRef whole = ref(node, Locator.whole());
        TextMessageExportParser.Export texts = new TextMessageExportParser(settings).read(text, whole);
        List<ParsedMessage> printed = new PrintoutSplitter(settings).split(node.pages(), node.text(), whole);
        // A chat transcript pasted into an e-mail stays part of the e-mail; structured exports win over
        // e-mail-like labels in their records.
        boolean exportWins = !texts.messages().isEmpty()
                && (printed.isEmpty() || texts.layout() != TextMessageExportParser.Layout.CHAT);
        out.addAll(exportWins ? texts.messages() : printed);
        if (!exportWins && printed.isEmpty() && type.equals("application/pdf")) {
            notes.add(node.name() + ": no message header found");
        }
    }

    private SourceRef ref(SourceDocument node, Locator locator) {
        return new SourceRef(node.id(), node.name(), locator, settings.producingAgency());
    }
}
