package com.partnerhub.service.application.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.catalogue.ServicePackage;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.DomainConflict;

/** The service catalogue: everyone reads it, admins define it. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    public static final String SUBJECT = "PACKAGE";

    private PackageRepository packages;
    private HistoryRecorder history;
    private Clock clock;

    protected CatalogueService() {
    }

    @Inject
    public CatalogueService(PackageRepository packages, HistoryRecorder history, Clock clock) {
        this.packages = packages;
        this.history = history;
        this.clock = clock;
    }

    /** Active packages for everyone; admins also see retired ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServicePackage> list(User caller) {
        return packages.all(!caller.has(PlatformRole.ADMIN));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServicePackage get(User caller, long id) {
        return packages.find(id).filter(p -> p.active() || caller.has(PlatformRole.ADMIN))
                .orElseThrow(() -> new ResourceNotFound("package"));
    }

    public ServicePackage define(User caller, ServicePackage.Definition definition) {
        AccessPolicy.requireAdmin(caller, "only portal admins define packages");
        if (definition.code() != null && packages.findByCode(definition.code()).isPresent()) {
            throw new DomainConflict("PACKAGE_CODE_TAKEN", "a package with this code exists", definition.code());
        }
        ServicePackage p = packages.add(ServicePackage.define(definition, clock.instant()));
        history.record(caller.id(), SUBJECT, p.id(), null, "PACKAGE_DEFINED", null, Map.of("code", p.code()));
        return p;
    }

    public ServicePackage redefine(User caller, long id, ServicePackage.Definition definition) {
        AccessPolicy.requireAdmin(caller, "only portal admins define packages");
        ServicePackage p = packages.find(id).orElseThrow(() -> new ResourceNotFound("package"));
        if (!p.code().equals(definition.code()) && packages.findByCode(definition.code()).isPresent()) {
            throw new DomainConflict("PACKAGE_CODE_TAKEN", "a package with this code exists", definition.code());
        }
        String before = p.code() + (p.active() ? "" : " (inactive)");
        p.redefine(definition, clock.instant());
        history.record(caller.id(), SUBJECT, p.id(), null, "PACKAGE_REDEFINED", Map.of("package", before),
                Map.of("package", p.code() + (p.active() ? "" : " (inactive)")));
        return p;
    }

}
