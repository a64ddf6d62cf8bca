package com.partnerhub.service.web.support;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every {@code /api/v1} resource needs a caller whose token MicroProfile JWT verified (signature, issuer,
 * expiry). The decision what they may do comes later, from the service's own data.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationGate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("v1/") || path.startsWith("/v1/") || path.equals("v1") || path.equals("/v1"))) {
            return;
        }
        if (path.startsWith("v1/billing/") || path.startsWith("/v1/billing/")) {
            return; // the billing system signs its callbacks (HMAC) instead of carrying a user's token
        }
        var security = request.getSecurityContext();
        if (security == null || !(security.getUserPrincipal() instanceof JsonWebToken)) {
            throw new NotAuthorizedException("Bearer");
        }
    }
}
