package com.partnerhub.api.order;

import java.util.ArrayList;
import java.util.List;

public class MilestoneView {
    public int position;
    public String name;
    public String description;
    public String actingParty;
    /** {@code PLANNED}, {@code AWAITING_PAYMENT}, {@code IN_PROGRESS}, {@code DELIVERED}, {@code ACCEPTED}, {@code CANCELLED}. */
    public String status;
    public boolean current;
    public int plannedDays;
    public int sharePercent;
    public long amountMinor;
    public int includedRevisions;
    public int revisionsUsed;
    public String plannedStart;
    public String plannedEnd;
    public String startedAt;
    public String deliveredAt;
    public String reviewDueAt;
    public String acceptedAt;
    public boolean autoAccepted;
    /** What the acting party wrote with the delivery, and where it can be seen (a staging site). */
    public String deliveryNote;
    public String deliveryLink;
    public List<Step> steps = new ArrayList<>();

    public static class Step {
        public int stepNo;
        public String label;
        public boolean done;
    }

    /**
     * What the caller may do to this milestone now: {@code DELIVER}, {@code ACCEPT}, {@code REQUEST_REVISION},
     * {@code REPORT_PROGRESS}, {@code TICK_STEPS}. Show only these; the service decides again.
     */
    public List<String> actions = new ArrayList<>();
}
