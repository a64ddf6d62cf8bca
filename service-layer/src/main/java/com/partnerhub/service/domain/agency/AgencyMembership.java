package com.partnerhub.service.domain.agency;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a user works for an agency, and as what. */
public class AgencyMembership {

    private Long agencyId;
    private Long userId;
    private MemberRole role;
    private Instant createdAt;

    protected AgencyMembership() {
    }

    public AgencyMembership(long agencyId, long userId, MemberRole role, Instant createdAt) {
        this.agencyId = agencyId;
        this.userId = userId;
        this.role = role;
        this.createdAt = createdAt;
    }

    public long agencyId() {
        return agencyId;
    }

    public long userId() {
        return userId;
    }

    public MemberRole role() {
        return role;
    }

    /** Composite key of a membership, as the persistence mapping needs it. */
    public static class Key implements Serializable {
        private Long agencyId;
        private Long userId;

        public Key() {
        }

        public Key(Long agencyId, Long userId) {
            this.agencyId = agencyId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agencyId, k.agencyId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, userId);
        }
    }
}
