package com.partnerhub.service.application.identity;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.shared.DomainConflict;

/**
 * Creates a person on first sight and takes over what the issuer says about them, in a transaction of its own. Two
 * first requests of the same new person may race; the loser's insert fails on the unique subject, and the caller's
 * retry then finds the winner's row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class UserProvisioning {

    private UserRepository users;
    private Clock clock;

    protected UserProvisioning() {
    }

    @Inject
    public UserProvisioning(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public void provision(IdentityClaims claims) {
        Optional<User> known = users.findBySubject(claims.subject());
        if (known.isEmpty()) {
            Optional<User> holder = users.findByEmail(claims.email());
            if (holder.isEmpty()) {
                users.add(User.provision(claims, clock.instant()));
                return;
            }
            if (!holder.get().subject().equals(claims.subject())) {
                throw emailTaken(claims.email());
            }
            known = holder; // provisioned by a parallel first request that committed in between
        }
        User user = known.get();
        if (!user.email().equals(claims.email()) && users.findByEmail(claims.email()).isPresent()) {
            throw emailTaken(claims.email());
        }
        user.syncWith(claims, clock.instant());
    }

    private static DomainConflict emailTaken(String email) {
        return new DomainConflict("EMAIL_ALREADY_REGISTERED", "the e-mail address belongs to another user", email);
    }
}
