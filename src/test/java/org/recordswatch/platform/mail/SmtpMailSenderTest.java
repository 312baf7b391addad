package org.recordswatch.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SMTP adapter against a minimal SMTP server on a local port. */
class SmtpMailSenderTest {

    /** Accepts one session, records the commands and the message data. */
    private static final class FakeSmtp implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0);
        final List<String> commands = new ArrayList<>();
        final StringBuilder data = new StringBuilder();
        final CompletableFuture<Void> done;

        FakeSmtp(boolean offerStartTls) throws IOException {
            done = CompletableFuture.runAsync(() -> serve(offerStartTls));
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve(boolean offerStartTls) {
            try (Socket s = server.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                            StandardCharsets.UTF_8));
                    OutputStream out = s.getOutputStream()) {
                send(out, "220 fake ESMTP");
                String line;
                boolean inData = false;
                while ((line = in.readLine()) != null) {
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            send(out, "250 queued");
                        } else {
                            data.append(line).append('\n');
                        }
                        continue;
                    }
                    commands.add(line);
                    String cmd = line.toUpperCase(java.util.Locale.ROOT);
                    if (cmd.startsWith("EHLO")) {
                        send(out, offerStartTls ? "250-fake\r\n250 STARTTLS" : "250-fake\r\n250 8BITMIME");
                    } else if (cmd.startsWith("DATA")) {
                        inData = true;
                        send(out, "354 go ahead");
                    } else if (cmd.startsWith("QUIT")) {
                        send(out, "221 bye");
                        return;
                    } else if (cmd.startsWith("STARTTLS")) {
                        send(out, "454 TLS not available");
                    } else {
                        send(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void send(OutputStream out, String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static SmtpSettings settings(int port, boolean startTls) {
        return new SmtpSettings(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(),
                "records-watch@example.org", startTls, false, 5000);
    }

    @Test
    void aMailWithAPdfAttachmentIsHandedToTheServer() throws Exception {
        try (FakeSmtp smtp = new FakeSmtp(false)) {
            byte[] pdf = "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII);
            new SmtpMailSender(settings(smtp.port(), false)).send(new OutgoingMail(List.of("custodian@doh.nm.gov"),
                    "ana@example.org", "Solicitud según la IPRA", "Estimado custodio:\nAdjunto la carta.",
                    List.of(new OutgoingMail.Attachment("request-7-nm_doh.pdf", "application/pdf", pdf))));
            smtp.done.get(10, TimeUnit.SECONDS);
            assertTrue(smtp.commands.stream().anyMatch(c -> c.startsWith("MAIL FROM:<records-watch@example.org>")),
                    smtp.commands.toString());
            assertTrue(smtp.commands.contains("RCPT TO:<custodian@doh.nm.gov>"), smtp.commands.toString());
            String message = smtp.data.toString();
            assertTrue(message.contains("Reply-To: ana@example.org"), message);
            assertTrue(message.contains("filename=request-7-nm_doh.pdf"), message);
            assertTrue(message.contains("Subject: =?UTF-8?"), "a non-ASCII subject is encoded: " + message);
        }
    }

    @Test
    void requiredStartTlsIsNeverSkippedWhenTheServerCannotDoIt() throws Exception {
        try (FakeSmtp smtp = new FakeSmtp(false)) {
            SmtpMailSender sender = new SmtpMailSender(settings(smtp.port(), true));
            MailSender.MailDeliveryException e = assertThrows(MailSender.MailDeliveryException.class,
                    () -> sender.send(new OutgoingMail(List.of("x@example.org"), null, "s", "b", List.of())));
            assertTrue(e.getMessage().startsWith("SMTP delivery failed"), e.getMessage());
            assertEquals(0, smtp.data.length(), "no message content may travel in clear text");
        }
    }

    @Test
    void aMailWithoutRecipientIsRefusedBeforeConnecting() {
        SmtpMailSender sender = new SmtpMailSender(settings(1, false));
        assertThrows(MailSender.MailDeliveryException.class,
                () -> sender.send(new OutgoingMail(List.of(), null, "s", "b", List.of())));
    }

    @Test
    void settingsNeverPrintThePassword() {
        SmtpSettings s = new SmtpSettings(Optional.of("smtp.example.org"), 587, Optional.of("rw"),
                Optional.of("s3cret-pass"), "rw@example.org", true, false, 1000);
        assertTrue(!s.toString().contains("s3cret-pass"), s.toString());
    }
}
