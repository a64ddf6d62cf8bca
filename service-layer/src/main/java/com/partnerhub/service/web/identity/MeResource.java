package com.partnerhub.service.web.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.identity.Me;
import com.partnerhub.service.application.identity.IdentityService;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.web.support.CurrentUser;

@Path("v1/me")
@ApiRequest
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @GET
    @Operation(summary = "Who the caller is", description = "The caller's user record and roles as the service knows them, "
            + "provisioned from the token on first call.")
    @APIResponse(responseCode = "200", description = "the caller")
    public Me me() {
        User user = currentUser.get();
        Me me = new Me();
        me.id = user.id();
        me.subject = user.subject();
        me.email = user.email();
        me.displayName = user.displayName();
        me.locale = user.locale();
        user.roles().forEach(r -> me.roles.add(r.name()));
        for (AgencyRepository.Membership m : identity.agenciesOf(user)) {
            me.agencies.add(new Me.AgencyRef(m.agency().id(), m.agency().name(), m.role().name()));
        }
        if (!me.agencies.isEmpty()) {
            me.roles.add("AGENCY_MEMBER");
        }
        return me;
    }
}
