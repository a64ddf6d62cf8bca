package com.partnerhub.api.common;

/** One entry of a history or audit log: who did what, when, with the state before and after as JSON text. */
public class HistoryEntryView {
    public long id;
    public String occurredAt;
    public Long actorId;
    public String subjectType;
    public long subjectId;
    public String action;
    public String before;
    public String after;
}
