package com.partnerhub.service.domain.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person the service knows, identified by the trusted issuer's subject. Provisioned on first sight and
 * kept in step with the token, so the rest of the service can refer to people by id.
 */
public class User {

    private Long id;
    private String subject;
    private String email;
    private String displayName;
    private String locale;
    private Set<PlatformRole> roles = new HashSet<>();
    /** The agencies this person works for, read with the person (memberships are kept by AgencyMembership). */
    private Set<Long> agencyIds = new HashSet<>();
    private Instant createdAt;
    private Instant updatedAt;
    private long version;

    protected User() {
    }

    public static User provision(IdentityClaims claims, Instant now) {
        User user = new User();
        user.subject = claims.subject();
        user.createdAt = now;
        user.apply(claims, now);
        return user;
    }

    /** Takes over what the issuer now says; returns whether anything changed (so unchanged users cost no write). */
    public boolean syncWith(IdentityClaims claims, Instant now) {
        if (!subject.equals(claims.subject())) {
            throw new IllegalArgumentException("claims of another subject");
        }
        boolean changed = !matches(claims);
        if (changed) {
            apply(claims, now);
        }
        return changed;
    }

    /** Whether the issuer says about this person what is stored. */
    public boolean matches(IdentityClaims claims) {
        return subject.equals(claims.subject()) && email.equals(claims.email()) && displayName.equals(claims.displayName())
                && Objects.equals(locale, claims.locale()) && roles.equals(claims.roles());
    }

    private void apply(IdentityClaims claims, Instant now) {
        this.email = claims.email();
        this.displayName = claims.displayName();
        this.locale = claims.locale();
        this.roles.clear();
        this.roles.addAll(claims.roles());
        this.updatedAt = now;
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String locale() {
        return locale;
    }

    public Set<PlatformRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Set<Long> agencyIds() {
        return java.util.Collections.unmodifiableSet(agencyIds);
    }
}
