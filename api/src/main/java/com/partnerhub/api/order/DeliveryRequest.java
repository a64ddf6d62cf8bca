package com.partnerhub.api.order;

/** A delivery's note (up to 2,000 characters) and link (an http or https address), both optional. */
public class DeliveryRequest {
    public String note;
    public String link;
}
