package com.partnerhub.service.web.notification;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.common.PageView;
import com.partnerhub.api.notification.DeliveryView;
import com.partnerhub.api.notification.EventTypeView;
import com.partnerhub.api.notification.WebhookEndpointRequest;
import com.partnerhub.api.notification.WebhookEndpointView;
import com.partnerhub.service.application.notification.WebhookService;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.WebhookEndpoint;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;

@Path("v1/webhooks")
@ApiRequest
@Tag(name = "Webhooks", description = "Signed webhooks (Standard Webhooks): an agency's owners for their agency's events, "
        + "the portal admin for every event")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "Endpoints of an agency (agencyId) or, without it, the portal admin's")
    public List<WebhookEndpointView> endpoints(@QueryParam("agencyId") Long agencyId) {
        return webhooks.endpoints(currentUser.get(), agencyId).stream().map(e -> view(e, false)).toList();
    }

    @GET
    @Path("event-types")
    @Operation(summary = "The event types an endpoint can ask for, with the kind each stands for")
    public List<EventTypeView> eventTypes() {
        return java.util.Arrays.stream(NotificationKind.values()).map(k -> {
            EventTypeView v = new EventTypeView();
            v.type = k.eventType();
            v.kind = k.name();
            return v;
        }).toList();
    }

    @POST
    @Operation(summary = "Register an endpoint", description = "The answer carries the signing secret, shown only here. "
            + "URLs must be https (http only where the service allows it).")
    public Response register(WebhookEndpointRequest request) {
        new Validator().required("url", request == null ? null : request.url).throwIfInvalid();
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        List<String> types = request.eventTypes == null ? List.of() : request.eventTypes;
        new Validator().check(types.size() <= NotificationKind.values().length, "eventTypes", "TOO_MANY",
                NotificationKind.values().length).throwIfInvalid();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            int at = i;
            kinds.add(NotificationKind.ofEventType(type == null ? "" : type.trim()).orElseThrow(() -> new ValidationException(
                    List.of(new Violation("eventTypes[" + at + "]", "UNKNOWN_VALUE", eventTypeNames())))));
        }
        WebhookEndpoint e = webhooks.register(currentUser.get(), request.agencyId, request.url, kinds, request.description);
        return Response.created(URI.create(ApiPaths.WEBHOOKS + "/" + e.id())).entity(view(e, true)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop an endpoint", description = "It receives nothing more; its deliveries stay visible.")
    public WebhookEndpointView remove(@PathParam("id") long id) {
        return view(webhooks.remove(currentUser.get(), id), false);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Deliveries to an endpoint, newest first", description = "Status, attempts, status code and duration "
            + "of the last attempt. Keyset pagination with limit (1-200) and cursor.")
    public PageView<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                             @QueryParam("limit") Integer limit) {
        return DeliveryResource.page(webhooks.deliveriesOf(currentUser.get(), id, Cursor.decode(cursor), Cursor.limit(limit)));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Send a delivery again", description = "The same message with the same webhook-id, signed anew.")
    public DeliveryView replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return DeliveryResource.view(webhooks.replay(currentUser.get(), id, deliveryId));
    }

    private static String eventTypeNames() {
        return String.join(", ", java.util.Arrays.stream(NotificationKind.values()).map(NotificationKind::eventType).toList());
    }

    static WebhookEndpointView view(WebhookEndpoint e, boolean withSecret) {
        WebhookEndpointView v = new WebhookEndpointView();
        v.id = e.id();
        v.agencyId = e.agencyId();
        v.url = e.url();
        v.eventTypes = e.kinds().stream().map(NotificationKind::valueOf).map(NotificationKind::eventType).sorted().toList();
        v.description = e.description();
        v.active = e.active();
        v.createdAt = e.createdAt().toString();
        v.secret = withSecret ? e.secret() : null;
        return v;
    }
}
