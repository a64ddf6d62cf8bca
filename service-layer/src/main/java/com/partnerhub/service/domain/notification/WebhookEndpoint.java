package com.partnerhub.service.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where an agency (or, without one, the portal admin) wants events posted, signed with its secret. No kinds means
 * every kind.
 */
public class WebhookEndpoint {

    private Long id;
    private Long agencyId;
    private String url;
    private String secret;
    private List<String> kinds;
    private String description;
    private boolean active;
    private long createdBy;
    private Instant createdAt;
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(Long agencyId, String url, String secret, Set<NotificationKind> kinds, String description,
                           long createdBy, Instant now) {
        this.agencyId = agencyId;
        this.url = url;
        this.secret = secret;
        this.kinds = kinds.stream().map(Enum::name).sorted().toList();
        this.description = description;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean wants(NotificationKind kind) {
        return active && (kinds == null || kinds.isEmpty() || kinds.contains(kind.name()));
    }

    /** Whether events of this agency reach the endpoint: the admin's endpoints hear every agency. */
    public boolean hears(Long eventAgencyId) {
        return agencyId == null || agencyId.equals(eventAgencyId);
    }

    public void deactivate() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public Set<String> kinds() {
        return kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
