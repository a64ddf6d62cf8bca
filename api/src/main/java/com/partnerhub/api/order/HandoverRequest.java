package com.partnerhub.api.order;

/** Body of {@code POST /api/v1/orders/{id}/handover}: whether the site moves to the customer at the final payment. */
public class HandoverRequest {
    public Boolean automatic;
}
