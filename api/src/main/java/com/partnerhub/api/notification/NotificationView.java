package com.partnerhub.api.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of a person's bell. */
public class NotificationView {
    public long id;
    /** What happened, e.g. {@code MILESTONE_DELIVERED} (the events table in the README lists them). */
    public String kind;
    /** The line in the recipient's language when it was written; the browser may word it anew from {@code facts}. */
    public String title;
    /** The same line in German ({@code de}) and English ({@code en}), for a page in the other language. */
    public Map<String, String> titles = new LinkedHashMap<>();
    /** {@code ORDER}, {@code CONVERSATION}, {@code INVITATION} or {@code TRANSFER}. */
    public String subjectType;
    public long subjectId;
    public Long orderId;
    /** Where it is seen in the portal, relative to the portal's page, e.g. {@code ?view=order&order=7}. */
    public String link;
    /** The event's facts: orderNumber, orderTitle, milestone, invoice, amountMinor, currency, date, site, account… */
    public Map<String, String> facts = new LinkedHashMap<>();
    public String createdAt;
    /** Null while unread. */
    public String readAt;
    /** Only in the portal relay's list (admin): whom it is for. */
    public String recipientEmail;
}
