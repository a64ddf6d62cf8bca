package com.partnerhub.service.web.demo;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.partnerhub.api.demo.DemoMail;

/** A received mail as the demo mailbox shows it: its headers and its text and HTML parts. */
final class DemoMailbox {

    private DemoMailbox() {
    }

    static DemoMail view(MimeMessage m) {
        DemoMail v = new DemoMail();
        try {
            v.messageId = m.getMessageID();
            v.from = m.getFrom() == null ? null : m.getFrom()[0].toString();
            v.to = m.getAllRecipients() == null ? null : m.getAllRecipients()[0].toString();
            v.subject = m.getSubject();
            v.language = m.getHeader("Content-Language", null);
            v.sentAt = m.getSentDate() == null ? null : m.getSentDate().toInstant().toString();
            collect(m, v);
        } catch (MessagingException | IOException e) {
            v.text = "(the mail could not be read: " + e.getMessage() + ")";
        }
        return v;
    }

    private static void collect(Part part, DemoMail v) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && v.text == null) {
            v.text = (String) part.getContent();
        } else if (part.isMimeType("text/html") && v.html == null) {
            v.html = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                collect(p, v);
            }
        }
    }
}
