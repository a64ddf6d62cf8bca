package com.partnerhub.service.domain.agency;

import java.time.Instant;

/** A web agency (partner, expert, freelancer) that places orders for its customers. */
public class Agency {

    private Long id;
    private String name;
    private Instant createdAt;
    private long version;

    protected Agency() {
    }

    public Agency(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
