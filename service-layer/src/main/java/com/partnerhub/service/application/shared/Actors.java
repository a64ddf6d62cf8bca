package com.partnerhub.service.application.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;

/**
 * Who did something, by name and by the side they acted for, so histories, threads, notes and documents read
 * "Anna Agentur (agency)" rather than a number. A change nobody made (automatic acceptance, a payment from the
 * billing system, an expiry) is the system's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Actors {

    /** The side someone acted for in an agency's work with a customer. */
    public enum Side {
        AGENCY, CUSTOMER, PROVIDER, ADMIN, SYSTEM
    }

    public record Actor(String name, Side side) {
        public static final Actor SYSTEM = new Actor(null, Side.SYSTEM);
    }

    private UserRepository users;

    protected Actors() {
    }

    @Inject
    public Actors(UserRepository users) {
        this.users = users;
    }

    /** The named people, each as the side they acted for where {@code agencyId} (may be null) worked with a customer: one query. */
    public Map<Long, Actor> of(Collection<Long> userIds, Long agencyId) {
        Map<Long, Actor> actors = new HashMap<>();
        Collection<Long> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return actors;
        }
        for (User u : users.findAll(ids)) {
            actors.put(u.id(), new Actor(u.displayName() != null ? u.displayName() : u.email(), sideOf(u, agencyId)));
        }
        return actors;
    }

    /** One person (a note's or message's author), or the system for null. */
    public Actor one(Long userId, Long agencyId) {
        return userId == null ? Actor.SYSTEM : lookup(of(java.util.List.of(userId), agencyId), userId);
    }

    /** The actor of an entry: the system when nobody acted (or the person is gone). */
    public static Actor lookup(Map<Long, Actor> actors, Long userId) {
        return userId == null ? Actor.SYSTEM : actors.getOrDefault(userId, Actor.SYSTEM);
    }

    private static Side sideOf(User u, Long agencyId) {
        if (agencyId != null && u.agencyIds().contains(agencyId)) {
            return Side.AGENCY;
        }
        if (u.has(PlatformRole.PROVIDER_STAFF)) {
            return Side.PROVIDER;
        }
        if (u.has(PlatformRole.ADMIN)) {
            return Side.ADMIN;
        }
        return u.agencyIds().isEmpty() || agencyId != null ? Side.CUSTOMER : Side.AGENCY;
    }
}
