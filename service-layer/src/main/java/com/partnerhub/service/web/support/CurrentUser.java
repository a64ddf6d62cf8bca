package com.partnerhub.service.web.support;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.partnerhub.service.application.identity.IdentityService;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.infrastructure.db.DatabaseRefusal;
import com.partnerhub.service.web.problem.ProblemMapper;

/** The calling user for this request, resolved once from the verified token. */
@RequestScoped
public class CurrentUser {

    // the verified token is the request's principal; taken from there rather than injected, because Payara's producer
    // of an injected JsonWebToken fails a JNDI lookup (an exception) on every request
    @Inject
    HttpServletRequest request;

    @Inject
    IdentityService identity;

    private User user;

    public User get() {
        if (user == null) {
            IdentityClaims claims = claims(request.getUserPrincipal() instanceof JsonWebToken token ? token : null);
            try {
                user = identity.resolve(claims);
            } catch (RuntimeException e) {
                // a person's first requests race to provision them (or to take over changed claims): the loser
                // finds the winner's row, already up to date
                if (DatabaseRefusal.of(e) != DatabaseRefusal.CONSTRAINT && !ProblemMapper.isConcurrentModification(e)) {
                    throw e;
                }
                user = identity.resolve(claims);
            }
        }
        return user;
    }

    static IdentityClaims claims(JsonWebToken token) {
        if (token == null || token.getSubject() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        String email = token.getClaim("email");
        if (email == null) {
            email = token.getClaim("upn");
        }
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        // groups is optional (MP-JWT 2.x): a token without it names a person with no platform role
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        for (String group : groups) {
            for (PlatformRole r : PlatformRole.values()) {
                if (r.name().equalsIgnoreCase(group)) {
                    roles.add(r);
                }
            }
        }
        try {
            return new IdentityClaims(token.getSubject(), email, token.getClaim("name"), token.getClaim("locale"), roles);
        } catch (ValidationException e) {
            // A token from the trusted issuer that lacks what we need is still not a usable identity.
            throw new NotAuthorizedException("Bearer");
        }
    }
}
