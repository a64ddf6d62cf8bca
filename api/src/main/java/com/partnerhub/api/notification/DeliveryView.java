package com.partnerhub.api.notification;

/** One e-mail or webhook post on its way, with how its attempts went. */
public class DeliveryView {
    public long id;
    public long eventId;
    public String kind;
    /** {@code EMAIL} or {@code WEBHOOK}. */
    public String channel;
    /** The e-mail address, or the endpoint's URL. */
    public String recipient;
    public Long endpointId;
    public String subject;
    /** {@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED} (attempts used up) or {@code UNCONFIRMED} (its
     *  instance stopped while sending an e-mail: it may have arrived, so it is not resent by itself). */
    public String status;
    public int attempts;
    public String nextAttemptAt;
    public String lastError;
    public Integer lastStatusCode;
    public Long lastDurationMs;
    public String createdAt;
    public String sentAt;
}
