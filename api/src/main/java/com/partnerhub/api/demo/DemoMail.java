package com.partnerhub.api.demo;

/** A mail the embedded default's SMTP server received, as the demo mailbox page shows it. */
public class DemoMail {
    public String messageId;
    public String from;
    public String to;
    public String subject;
    public String language;
    public String sentAt;
    public String text;
    public String html;
}
