package com.partnerhub.api.common;

/** One entry of a history or audit log: who did what, when, with the state before and after as JSON text. */
public class HistoryEntryView {
    public long id;
    public String occurredAt;
    /** Null for what the system did (automatic acceptance, a payment from the billing system, an expiry). */
    public Long actorId;
    /** Who did it, by name (null for the system). */
    public String actorName;
    /** The side they acted for: {@code AGENCY}, {@code CUSTOMER}, {@code PROVIDER}, {@code ADMIN} or {@code SYSTEM}. */
    public String actorRole;
    public String subjectType;
    public long subjectId;
    public String action;
    public String before;
    public String after;
}
