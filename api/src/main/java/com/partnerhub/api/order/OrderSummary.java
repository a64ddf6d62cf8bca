package com.partnerhub.api.order;

/** One row of the dashboard: the order and its next due step. */
public class OrderSummary {
    public long id;
    public String number;
    public String title;
    public String status;
    public long agencyId;
    public long accountId;
    public String accountName;
    public long priceMinor;
    public String currency;
    public String placedAt;
    public String expectedDeliveryAt;
    public boolean stale;
    public boolean overdue;
    public NextStep nextStep;

    public static class NextStep {
        public int position;
        public String name;
        public String status;
        public String dueAt;
        public String actingParty;
        /** The milestone's share of the price, billed when it starts. */
        public long amountMinor;
        /** While delivered: when it is accepted automatically. */
        public String reviewDueAt;
    }
}
