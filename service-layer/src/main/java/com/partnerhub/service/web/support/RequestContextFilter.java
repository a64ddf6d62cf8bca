package com.partnerhub.service.web.support;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import com.partnerhub.api.ApiPaths;
import com.partnerhub.service.application.shared.JsonSupport;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one), echoes it,
 * counts the request and writes one structured (JSON) log line per request.
 */
@Provider
@PreMatching
@Priority(1)
public class RequestContextFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String REQUEST_ID = "partnerhub.requestId";
    private static final String STARTED = "partnerhub.startedNanos";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS = Logger.getLogger("com.partnerhub.access");

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(ApiPaths.REQUEST_ID_HEADER);
        String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(REQUEST_ID, id);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object id = request.getProperty(REQUEST_ID);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(ApiPaths.REQUEST_ID_HEADER, id);
        long micros = (System.nanoTime() - (Long) request.getProperty(STARTED)) / 1_000;
        int status = response.getStatus();
        metrics.counter("partnerhub_requests", new Tag("status_class", (status / 100) + "xx")).inc();

        JsonObjectBuilder line = JsonSupport.PROVIDER.createObjectBuilder()
                .add("event", "http_request")
                .add("requestId", id.toString())
                .add("method", request.getMethod())
                .add("path", request.getUriInfo().getPath())
                .add("status", status)
                .add("micros", micros);
        if (request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null) {
            line.add("subject", request.getSecurityContext().getUserPrincipal().getName());
        }
        ACCESS.info(line.build().toString());
    }
}
