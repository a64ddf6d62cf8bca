package com.partnerhub.service.persistence.agency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.agency.Agency;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.agency.MemberRole;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    private EntityManager em;

    protected JpaAgencyRepository() {
    }

    @Inject
    public JpaAgencyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public java.util.Optional<Agency> find(long id) {
        return java.util.Optional.ofNullable(em.find(Agency.class, id));
    }

    @Override
    public List<Membership> membershipsOf(long userId) {
        return em.createQuery("select a, m.role from Agency a, AgencyMembership m "
                        + "where m.agencyId = a.id and m.userId = :u order by a.name, a.id", Object[].class)
                .setParameter("u", userId)
                .getResultStream()
                .map(row -> new Membership((Agency) row[0], (MemberRole) row[1]))
                .toList();
    }
}
