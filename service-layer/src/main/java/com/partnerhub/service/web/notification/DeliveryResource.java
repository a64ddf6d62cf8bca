package com.partnerhub.service.web.notification;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.common.PageView;
import com.partnerhub.api.notification.DeliveryView;
import com.partnerhub.service.application.notification.WebhookService;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;
import com.partnerhub.service.web.support.EnumValues;

@Path("v1/admin/deliveries")
@ApiRequest
@Tag(name = "Deliveries", description = "E-mails and webhooks on their way, for the portal admin")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "Deliveries, newest first", description = "Filter by status (e.g. FAILED, UNCONFIRMED) and channel "
            + "(EMAIL, WEBHOOK). Keyset pagination with limit (1-200) and cursor.")
    public PageView<DeliveryView> all(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return page(webhooks.allDeliveries(currentUser.get(), EnumValues.parse(DeliveryStatus.class, status, "status"),
                EnumValues.parse(DeliveryChannel.class, channel, "channel"), Cursor.decode(cursor), Cursor.limit(limit)));
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a delivery again now", description = "With fresh attempts: a FAILED or UNCONFIRMED one, or a "
            + "replay of one sent.")
    public DeliveryView retry(@PathParam("id") long id) {
        return view(webhooks.retry(currentUser.get(), id));
    }

    static PageView<DeliveryView> page(Page<Delivery> page) {
        PageView<DeliveryView> view = new PageView<>();
        view.items = page.items().stream().map(DeliveryResource::view).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    static DeliveryView view(Delivery d) {
        DeliveryView v = new DeliveryView();
        v.id = d.id();
        v.eventId = d.eventId();
        v.kind = d.kind().name();
        v.channel = d.channel().name();
        v.recipient = d.recipient();
        v.endpointId = d.endpointId();
        v.subject = d.subject();
        v.status = d.status().name();
        v.attempts = d.attempts();
        v.nextAttemptAt = d.nextAttemptAt().toString();
        v.lastError = d.lastError();
        v.lastStatusCode = d.lastStatusCode();
        v.lastDurationMs = d.lastDurationMs();
        v.createdAt = d.createdAt().toString();
        v.sentAt = d.sentAt() == null ? null : d.sentAt().toString();
        return v;
    }
}
