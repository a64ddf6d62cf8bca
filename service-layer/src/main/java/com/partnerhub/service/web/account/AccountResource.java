package com.partnerhub.service.web.account;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.account.AccessLimitRequest;
import com.partnerhub.api.account.AccessRequestView;
import com.partnerhub.api.account.AccountView;
import com.partnerhub.api.account.BillingRequest;
import com.partnerhub.api.account.InvitationRequest;
import com.partnerhub.api.account.InvitationView;
import com.partnerhub.api.account.MemberView;
import com.partnerhub.api.account.OpenAccountRequest;
import com.partnerhub.api.account.PermissionsRequest;
import com.partnerhub.api.common.HistoryEntryView;
import com.partnerhub.api.common.PageView;
import com.partnerhub.service.application.account.AccessGrants;
import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.account.IssuedInvitation;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.account.AccessRequest;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.history.HistoryEntry;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;
import com.partnerhub.service.web.support.EnumValues;
import com.partnerhub.service.web.support.HistoryViews;

@Path("v1/accounts")
@ApiRequest
@Tag(name = "Accounts", description = "Customer accounts, their members and permissions, and invitations into them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Actors actors;

    @Inject
    AccountService accounts;

    @Inject
    InvitationService invitations;

    @Inject
    AccessGrants grants;

    @POST
    @Operation(summary = "Open a customer account", description = "For oneself (the caller becomes owner), or as an agency "
            + "member on a customer's behalf with their recorded authorisation; the customer is then invited to take it over. "
            + "An e-mail that already owns an account, or belongs to a registered user, cannot get another: 409 EMAIL_ALREADY_REGISTERED.")
    @APIResponse(responseCode = "201", description = "opened")
    public Response open(OpenAccountRequest request) {
        if (request == null) {
            throw new ValidationException(List.of(new Violation("name", "REQUIRED")));
        }
        OpenAccountRequest.Authorisation auth = request.authorisation;
        OpenAccount command = new OpenAccount(request.name, request.onBehalfOfAgencyId, request.customerEmail,
                auth != null && Boolean.TRUE.equals(auth.confirmed), auth == null ? null : auth.note,
                EnumValues.parseAll(Permission.class, request.agencyPermissions, "agencyPermissions"),
                EnumValues.parse(BillingParty.class, request.billingParty, "billingParty"));
        AccountService.Opened opened = accounts.open(currentUser.get(), command);
        AccountView view = AccountViews.account(opened.account(), Optional.of(opened.callerMembership()));
        opened.ownerInvitation().ifPresent(i -> view.ownerInvitation = AccountViews.invitation(i.invitation(), opened.account().name(), i.token()));
        return Response.created(URI.create(ApiPaths.ACCOUNTS + "/" + opened.account().id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The accounts the caller works in", description = "With the caller's role and permissions in each: the account switcher.")
    public List<AccountView> mine() {
        return accounts.mine(currentUser.get()).stream()
                .map(m -> AccountViews.account(m.account(), Optional.of(m.member()))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView one(@PathParam("id") long id) {
        AccountService.Viewed viewed = accounts.view(currentUser.get(), id);
        return AccountViews.account(viewed.account(), viewed.callerMembership());
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "Who works in the account, with which permissions")
    public List<MemberView> members(@PathParam("id") long id) {
        return accounts.members(currentUser.get(), id).stream().map(AccountViews::member).toList();
    }

    @PUT
    @Path("{id}/members/{userId}/permissions")
    @Operation(summary = "Set a collaborator's permissions", description = "Needs MANAGE_COLLABORATORS. The owner's permissions "
            + "are fixed: 409 OWNER_PERMISSIONS_FIXED. An agency user who adds a permission above the threshold "
            + "(partnerhub.access.owner-approval) gets 202 with the request the owner approves; nothing changes before.")
    @APIResponse(responseCode = "200", description = "changed: the member")
    @APIResponse(responseCode = "202", description = "waiting for the owner's approval: the request")
    public Response setPermissions(@PathParam("id") long id, @PathParam("userId") long userId, PermissionsRequest request) {
        var permissions = EnumValues.parseAll(Permission.class, request == null ? null : request.permissions, "permissions");
        AccountService.PermissionsChange change = accounts.setPermissions(currentUser.get(), id, userId, permissions);
        if (change.pending() != null) {
            return Response.accepted(AccountViews.request(change.pending(), currentUser.get().displayName())).build();
        }
        return Response.ok(member(id, userId)).build();
    }

    @PUT
    @Path("{id}/members/{userId}/limit")
    @Operation(summary = "Limit a collaborator's access", description = "Needs MANAGE_COLLABORATORS. To one site of the account "
            + "(siteId), until a moment or the end of a day (accessEndsAt), until an order of the account is completed "
            + "(untilOrderId); all empty lifts the limits. A grant that ends is ended by the scheduler; the collaborator and "
            + "the owner are told.")
    public MemberView limit(@PathParam("id") long id, @PathParam("userId") long userId, AccessLimitRequest request) {
        AccessLimitRequest r = request == null ? new AccessLimitRequest() : request;
        grants.limit(currentUser.get(), id, userId, AccessLimits.parse(r.siteId, r.accessEndsAt, r.untilOrderId));
        return member(id, userId);
    }

    private MemberView member(long accountId, long userId) {
        return accounts.members(currentUser.get(), accountId).stream().filter(m -> m.membership().userId() == userId)
                .map(AccountViews::member).findFirst().orElseThrow(() -> new ResourceNotFound("member"));
    }

    @GET
    @Path("{id}/access-requests")
    @Operation(summary = "What agency users asked for that needs the owner's approval", description = "Pending first, then "
            + "newest first. For the owner, members with MANAGE_COLLABORATORS and provider staff.")
    public List<AccessRequestView> accessRequests(@PathParam("id") long id) {
        List<AccessRequest> requests = grants.requests(currentUser.get(), id);
        // the requesters' names in one query, not one per request
        var names = actors.of(requests.stream().map(AccessRequest::requestedBy).toList(), null);
        return requests.stream()
                .map(r -> AccountViews.request(r, Actors.lookup(names, r.requestedBy()).name()))
                .toList();
    }

    @POST
    @Path("{id}/access-requests/{requestId}/approve")
    @Operation(summary = "Approve a request", description = "By the account's owner only: the invitation goes out (limited as "
            + "asked) or the permissions are set; the requester is told.")
    public AccessRequestView approve(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        AccessRequest r = invitations.decide(currentUser.get(), id, requestId, true);
        return AccountViews.request(r, actors.one(r.requestedBy(), null).name());
    }

    @POST
    @Path("{id}/access-requests/{requestId}/decline")
    @Operation(summary = "Decline a request", description = "By the account's owner only: nothing is granted; the requester is told.")
    public AccessRequestView decline(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        AccessRequest r = invitations.decide(currentUser.get(), id, requestId, false);
        return AccountViews.request(r, actors.one(r.requestedBy(), null).name());
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @Operation(summary = "Remove a collaborator (or leave)", description = "Needs MANAGE_COLLABORATORS, except to remove oneself. "
            + "The owner cannot be removed: 409 OWNER_CANNOT_BE_REMOVED.")
    @APIResponse(responseCode = "204", description = "removed")
    public Response removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        accounts.removeMember(currentUser.get(), id, userId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/billing")
    @Operation(summary = "Who receives the account's invoices", description = "CUSTOMER (default), or AGENCY with the id of an "
            + "agency whose member works in the account. Needs MANAGE_BILLING. Applies to invoices issued from now on.")
    public AccountView changeBilling(@PathParam("id") long id, BillingRequest request) {
        BillingParty party = EnumValues.parse(BillingParty.class, request == null ? null : request.billingParty, "billingParty");
        accounts.changeBilling(currentUser.get(), id, party, request == null ? null : request.billingAgencyId);
        return one(id);
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite someone by e-mail with permissions", description = "Needs MANAGE_COLLABORATORS. The answer carries "
            + "the invitation's token once; it expires after 14 days (partnerhub.invitation.validity). The grant may be limited "
            + "to one site (siteId), a date (accessEndsAt) or an order (untilOrderId). An agency user asking for a permission "
            + "above the threshold (partnerhub.access.owner-approval) gets 202 with the request the owner approves.")
    @APIResponse(responseCode = "201", description = "invited")
    @APIResponse(responseCode = "202", description = "waiting for the owner's approval: the request")
    public Response invite(@PathParam("id") long id, InvitationRequest request) {
        InvitationRequest r = request == null ? new InvitationRequest() : request;
        InvitationService.Invited invited = invitations.invite(currentUser.get(), id, r.email,
                EnumValues.parseAll(Permission.class, r.permissions, "permissions"),
                AccessLimits.parse(r.siteId, r.accessEndsAt, r.untilOrderId));
        if (invited.pending() != null) {
            return Response.accepted(AccountViews.request(invited.pending(), currentUser.get().displayName())).build();
        }
        IssuedInvitation issued = invited.issued();
        return Response.created(URI.create(ApiPaths.ACCOUNTS + "/" + id + "/invitations/" + issued.invitation().id()))
                .entity(AccountViews.invitation(issued.invitation(), invitations.accountName(id), issued.token())).build();
    }

    @GET
    @Path("{id}/invitations")
    @Operation(summary = "The account's invitations, newest first", description = "Needs MANAGE_COLLABORATORS.")
    public List<InvitationView> invitations(@PathParam("id") long id) {
        String name = invitations.accountName(id);
        return invitations.ofAccount(currentUser.get(), id).stream().map(i -> AccountViews.invitation(i, name, null)).toList();
    }

    @DELETE
    @Path("{id}/invitations/{invitationId}")
    @Operation(summary = "Revoke a pending invitation", description = "Needs MANAGE_COLLABORATORS.")
    public InvitationView revoke(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        return AccountViews.invitation(invitations.revoke(currentUser.get(), id, invitationId), invitations.accountName(id), null);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The account's audit log, oldest first", description = "Who changed what and when. For the owner, "
            + "members with MANAGE_COLLABORATORS, and provider staff.")
    public PageView<HistoryEntryView> history(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                              @QueryParam("limit") Integer limit) {
        Page<HistoryEntry> page = accounts.history(currentUser.get(), id, Cursor.decode(cursor), Cursor.limit(limit));
        PageView<HistoryEntryView> view = new PageView<>();
        view.items = HistoryViews.entries(page.items(), actors, null);
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }
}
