package com.partnerhub.service.domain.catalogue;

import java.util.List;
import java.util.Optional;

public interface PackageRepository {

    List<ServicePackage> all(boolean activeOnly);

    Optional<ServicePackage> find(long id);

    Optional<ServicePackage> findByCode(String code);

    ServicePackage add(ServicePackage servicePackage);
}
