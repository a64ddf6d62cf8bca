package com.partnerhub.service.persistence.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.catalogue.ServicePackage;

@ApplicationScoped
public class JpaPackageRepository implements PackageRepository {

    private EntityManager em;

    protected JpaPackageRepository() {
    }

    @Inject
    public JpaPackageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ServicePackage> all(boolean activeOnly) {
        return em.createQuery("select p from ServicePackage p" + (activeOnly ? " where p.active = true" : "") + " order by p.id",
                ServicePackage.class).getResultList();
    }

    @Override
    public Optional<ServicePackage> find(long id) {
        return Optional.ofNullable(em.find(ServicePackage.class, id));
    }

    @Override
    public Optional<ServicePackage> findByCode(String code) {
        return em.createQuery("select p from ServicePackage p where p.code = :c", ServicePackage.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public ServicePackage add(ServicePackage servicePackage) {
        em.persist(servicePackage);
        return servicePackage;
    }
}
