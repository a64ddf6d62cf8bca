package com.partnerhub.service.web.site;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.common.AnswerRequest;
import com.partnerhub.api.site.TransferDetailView;
import com.partnerhub.api.site.TransferView;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.site.SiteTransfer;
import com.partnerhub.service.web.support.Answers;
import com.partnerhub.service.web.support.CurrentUser;

@Path("v1/transfers")
@ApiRequest
@Tag(name = "Transfers", description = "The recipient's side of a site transfer, and the agency's cancel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TransferService transfers;

    @Inject
    SiteService siteService;

    @GET
    @Operation(summary = "Pending transfers addressed to the caller's e-mail")
    public List<TransferView> mine() {
        return transfers.pendingFor(currentUser.get()).stream()
                .map(a -> SiteViews.transfer(a.transfer(), a.siteName(), null)).toList();
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept a site transfer", description = "With its token, or the id of one addressed to the caller. "
            + "Ownership and billing move to the account the caller owns (opened for them if they have none), in one "
            + "transaction; a concurrent cancel or second answer gets 409.")
    public TransferView accept(AnswerRequest request) {
        return view(transfers.accept(currentUser.get(), Answers.from(request)));
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline a site transfer")
    public TransferView decline(AnswerRequest request) {
        return view(transfers.decline(currentUser.get(), Answers.from(request)));
    }

    @GET
    @Path("handed-over")
    @Operation(summary = "Sites that came into accounts the caller owns and may still be handed back",
            description = "Accepted transfers and automatic handovers whose undo window (partnerhub.transfer.undo-window, "
                    + "default 24 hours) is still open, newest first.")
    public List<TransferView> handedOver() {
        return transfers.undoableFor(currentUser.get()).stream()
                .map(a -> SiteViews.transfer(a.transfer(), a.siteName(), null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One transfer with what moved", description = "For the agency, provider staff and the members of "
            + "the account the site moved into: the site's plan and billing, its domains' contacts, the access the agency "
            + "kept, and whether the caller may hand it back now.")
    public TransferDetailView one(@PathParam("id") long id) {
        TransferService.Detail detail = transfers.detail(currentUser.get(), id);
        return SiteViews.detail(detail, siteService.billed(detail.site()));
    }

    @POST
    @Path("{id}/undo")
    @Operation(summary = "Hand the site back", description = "By the owner of the account it moved into, within the undo "
            + "window: ownership, billing, the domains' contacts and payer and the agency's access are put back exactly as "
            + "before. Other members get 403; after the window 409 UNDO_WINDOW_CLOSED.")
    public TransferDetailView undo(@PathParam("id") long id) {
        transfers.undo(currentUser.get(), id);
        return one(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a pending transfer", description = "For members of the agency that offered it.")
    public TransferView cancel(@PathParam("id") long id) {
        return view(transfers.cancel(currentUser.get(), id));
    }

    private TransferView view(SiteTransfer t) {
        return SiteViews.transfer(t, transfers.siteName(t.siteId()), null);
    }
}
