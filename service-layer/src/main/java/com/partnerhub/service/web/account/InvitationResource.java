package com.partnerhub.service.web.account;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.account.InvitationView;
import com.partnerhub.api.common.AnswerRequest;
import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.domain.invitation.Invitation;
import com.partnerhub.service.web.support.Answers;
import com.partnerhub.service.web.support.CurrentUser;

@Path("v1/invitations")
@ApiRequest
@Tag(name = "Invitations", description = "The invitee's side: the inbox, accepting and declining")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    InvitationService invitations;

    @GET
    @Operation(summary = "Pending invitations addressed to the caller's e-mail")
    public List<InvitationView> mine() {
        return invitations.pendingFor(currentUser.get()).stream()
                .map(a -> AccountViews.invitation(a.invitation(), a.accountName(), null)).toList();
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept an invitation", description = "With its token, or the id of one addressed to the caller. Only "
            + "the invited e-mail can accept (403 NOT_THE_INVITEE); once (409 INVITATION_NOT_PENDING); in time (409 INVITATION_EXPIRED).")
    public InvitationView accept(AnswerRequest request) {
        Invitation i = invitations.accept(currentUser.get(), Answers.from(request));
        return AccountViews.invitation(i, invitations.accountName(i.accountId()), null);
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline an invitation")
    public InvitationView decline(AnswerRequest request) {
        Invitation i = invitations.decline(currentUser.get(), Answers.from(request));
        return AccountViews.invitation(i, invitations.accountName(i.accountId()), null);
    }
}
