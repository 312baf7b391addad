package org.recordswatch.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends mail through an SMTP server with Jakarta Mail (STARTTLS by default, optional implicit TLS and login). */
public class SmtpMailSender implements MailSender {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("SMTP is not configured");
        }
        this.settings = settings;
        Properties props = new Properties();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host().orElseThrow());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail." + protocol + ".timeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail." + protocol + ".writetimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail." + protocol + ".starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail." + protocol + ".starttls.required", String.valueOf(settings.startTls()));
        props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        boolean auth = settings.user().isPresent();
        props.put("mail." + protocol + ".auth", String.valueOf(auth));
        Authenticator authenticator = auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElse(""));
            }
        } : null;
        this.session = Session.getInstance(props, authenticator);
    }

    @Override
    public void send(OutgoingMail mail) throws MailDeliveryException {
        if (mail.to().isEmpty()) {
            throw new MailDeliveryException("No recipient address", null);
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            for (String to : mail.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            }
            if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (mail.attachments().isEmpty()) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart multipart = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                multipart.addBodyPart(text);
                for (OutgoingMail.Attachment a : mail.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mediaType())));
                    part.setFileName(a.fileName());
                    multipart.addBodyPart(part);
                }
                message.setContent(multipart);
            }
            message.saveChanges();
            Transport.send(message);
        } catch (AddressException e) {
            throw new MailDeliveryException("Invalid address: " + e.getRef(), e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")), e);
        }
    }
}
