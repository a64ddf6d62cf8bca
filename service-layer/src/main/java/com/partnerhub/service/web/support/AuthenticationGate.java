package com.partnerhub.service.web.support;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every {@code /api/v1} resource needs a caller whose token MicroProfile JWT verified (signature, issuer,
 * audience, expiry) and that is already valid ({@code nbf}). The decision what they may do comes later, from the service's own data.
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
        if (security == null || !(security.getUserPrincipal() instanceof JsonWebToken token)
                || notYetValid(token, WALL_CLOCK.instant().getEpochSecond(), clockSkewSeconds)) {
            throw new NotAuthorizedException("Bearer");
        }
    }

    /** Payara checks signature, issuer, audience and expiry but not {@code nbf}; a token is not valid before it. */
    static boolean notYetValid(JsonWebToken token, long nowSeconds, long skewSeconds) {
        Object nbf = token.getClaim("nbf");
        long notBefore;
        if (nbf instanceof Number n) {
            notBefore = n.longValue();
        } else if (nbf instanceof jakarta.json.JsonNumber n) {
            notBefore = n.longValue();
        } else {
            return false;
        }
        return notBefore > nowSeconds + skewSeconds;
    }

    private static final Clock WALL_CLOCK = Clock.systemUTC();

    /** The same leeway the issuer's and our clocks get for expiry. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;
}
