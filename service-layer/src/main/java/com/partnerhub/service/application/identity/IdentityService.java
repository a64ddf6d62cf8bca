package com.partnerhub.service.application.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;

/** Who is calling: turns a verified token into the service's own user record, and says what they belong to. */
@ApplicationScoped
public class IdentityService {

    private UserRepository users;
    private UserProvisioning provisioning;
    private AgencyRepository agencies;

    protected IdentityService() {
    }

    @Inject
    public IdentityService(UserRepository users, UserProvisioning provisioning, AgencyRepository agencies) {
        this.users = users;
        this.provisioning = provisioning;
        this.agencies = agencies;
    }

    /**
     * The caller's user, read in the caller's transaction. On first sight, or when the issuer's data changed, the
     * user is provisioned in a transaction of its own first ({@link UserProvisioning}), so a race of a person's first
     * requests dooms neither request's own work.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public User resolve(IdentityClaims claims) {
        Optional<User> known = users.findBySubject(claims.subject());
        if (known.isPresent() && known.get().matches(claims)) {
            return known.get();
        }
        known.ifPresent(users::forget); // read again below, as provisioning left it
        provisioning.provision(claims);
        return users.findBySubject(claims.subject()).orElseThrow();
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
