package com.partnerhub.service.application.notification;

/** Words an event for a person, in their language: the bell's line and the e-mail (text and HTML). */
public interface NotificationComposer {

    record Mail(String subject, String text, String html) {
    }

    /** One line for the bell, e.g. "Base version of A-000012 delivered — please review by 1 Dec". */
    String title(EventFacts facts, String language);

    Mail mail(EventFacts facts, Recipient recipient);
}
