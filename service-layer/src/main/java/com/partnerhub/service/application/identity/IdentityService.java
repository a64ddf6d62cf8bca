package com.partnerhub.service.application.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.shared.DomainConflict;

/** Who is calling: turns a verified token into the service's own user record, and says what they belong to. */
@ApplicationScoped
public class IdentityService {

    private UserRepository users;
    private AgencyRepository agencies;
    private Clock clock;

    protected IdentityService() {
    }

    @Inject
    public IdentityService(UserRepository users, AgencyRepository agencies, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * The caller's user, created on first sight and updated when the issuer's data changed. Two first
     * requests of the same new user may race; the loser's insert fails on the unique subject and its
     * transaction rolls back, and the caller's retry then finds the winner's row.
     */
    @Transactional
    public User resolve(IdentityClaims claims) {
        Optional<User> known = users.findBySubject(claims.subject());
        if (known.isEmpty()) {
            Optional<User> holder = users.findByEmail(claims.email());
            if (holder.isEmpty()) {
                return users.add(User.provision(claims, clock.instant()));
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
        return user;
    }

    private static DomainConflict emailTaken(String email) {
        return new DomainConflict("EMAIL_ALREADY_REGISTERED", "the e-mail address belongs to another user", email);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgencyRepository.Membership> agenciesOf(User user) {
        return agencies.membershipsOf(user.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(IdentityClaims.normalizeEmail(email));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> demoUsers() {
        return users.findBySubjectPrefix(DEMO_SUBJECT_PREFIX);
    }

    /** Subjects of the embedded default's cast (see db/demo). */
    public static final String DEMO_SUBJECT_PREFIX = "demo-";
}
