package com.partnerhub.service.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom; a process that is out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class ServiceLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean headroom = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("service").status(headroom)
                .withData("heapUsedMb", used / (1024 * 1024)).build();
    }
}
