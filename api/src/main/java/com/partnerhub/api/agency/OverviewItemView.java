package com.partnerhub.api.agency;

/** One thing under way: a {@code SITE}, an open {@code TRANSFER}, a pending {@code INVITATION} or an unpaid {@code INVOICE}. */
public class OverviewItemView {
    public String type;
    /** The site, transfer, invitation or invoice id. */
    public long id;
    /** The client account it belongs to; null for the agency's own sites and transfers. */
    public Long accountId;
    public String accountName;
    public Long siteId;
    /** What it is called: the site's name, the invoice's number, the invited or offered-to e-mail. */
    public String title;
    public String status;
    /** The date that matters: an invoice's due date, an offer's or invitation's expiry, a site's creation. */
    public String date;
    public Long amountMinor;
    public String currency;
    /** The order an invoice belongs to. */
    public String orderNumber;
}
