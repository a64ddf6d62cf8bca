package com.partnerhub.service.web.notification;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.common.PageView;
import com.partnerhub.api.notification.NotificationPreferencesView;
import com.partnerhub.api.notification.NotificationView;
import com.partnerhub.api.notification.RelayedRequest;
import com.partnerhub.api.notification.UnreadCountView;
import com.partnerhub.service.application.notification.NotificationService;
import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.notification.ChannelChoice;
import com.partnerhub.service.domain.notification.Notification;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;
import com.partnerhub.service.web.support.EnumValues;

@Path("v1")
@ApiRequest
@Tag(name = "Notifications", description = "The caller's bell and which channels they hear each kind of event on")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @GET
    @Path("notifications")
    @Operation(summary = "The caller's notifications, newest first", description = "Keyset pagination with limit (1-200) and cursor.")
    public PageView<NotificationView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Page<Notification> page = notifications.mine(currentUser.get(), Cursor.decode(cursor), Cursor.limit(limit));
        PageView<NotificationView> view = new PageView<>();
        view.items = page.items().stream().map(NotificationResource::view).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @GET
    @Path("notifications/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCountView unread() {
        UnreadCountView v = new UnreadCountView();
        v.unread = notifications.unread(currentUser.get());
        return v;
    }

    @POST
    @Path("notifications/{id}/read")
    @Operation(summary = "Mark one notification read", description = "Someone else's notification is 404.")
    public NotificationView markRead(@PathParam("id") long id) {
        return view(notifications.markRead(currentUser.get(), id));
    }

    @POST
    @Path("notifications/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public UnreadCountView markAllRead() {
        notifications.markAllRead(currentUser.get());
        UnreadCountView v = new UnreadCountView();
        v.unread = 0;
        return v;
    }

    @GET
    @Path("admin/notifications")
    @Operation(summary = "Notifications the portal's own bell does not have yet", description = "For the Liferay connector "
            + "(a portal admin's token): oldest first, each with recipientEmail; acknowledge them with POST "
            + "admin/notifications/relayed. limit 1-200.")
    public List<NotificationView> toRelay(@QueryParam("limit") Integer limit) {
        return notifications.toRelay(currentUser.get(), Cursor.limit(limit)).stream().map(r -> {
            NotificationView v = view(r.notification());
            v.recipientEmail = r.email();
            return v;
        }).toList();
    }

    @POST
    @Path("admin/notifications/relayed")
    @Operation(summary = "Acknowledge notifications the portal's bell has now", description = "They are not listed again; "
            + "unknown ids are ignored. 204 No Content.")
    public void relayed(RelayedRequest request) {
        new Validator().required("ids", request == null ? null : request.ids).throwIfInvalid();
        new Validator().check(request.ids.size() <= 500, "ids", "TOO_MANY", 500).throwIfInvalid();
        notifications.relayed(currentUser.get(), request.ids);
    }

    @GET
    @Path("me/notification-preferences")
    @Operation(summary = "Where the caller hears of each kind of event", description = "EMAIL, PORTAL, BOTH or NONE per kind; "
            + "BOTH unless chosen otherwise.")
    public NotificationPreferencesView preferences() {
        return view(notifications.preferences(currentUser.get()));
    }

    @PUT
    @Path("me/notification-preferences")
    @Operation(summary = "Choose channels per kind", description = "Only the kinds given change. The e-mail of an invitation "
            + "received or a site offered cannot be switched off (field error EMAIL_REQUIRED).")
    public NotificationPreferencesView choose(NotificationPreferencesView request) {
        new Validator().required("preferences", request == null ? null : request.preferences).throwIfInvalid();
        new Validator().check(request.preferences.size() <= NotificationKind.values().length, "preferences", "TOO_MANY",
                NotificationKind.values().length).throwIfInvalid();
        Map<NotificationKind, ChannelChoice> choices = new EnumMap<>(NotificationKind.class);
        request.preferences.forEach((kind, choice) -> {
            NotificationKind k = EnumValues.parse(NotificationKind.class, kind, "preferences");
            new Validator().required("preferences." + kind, choice).throwIfInvalid();
            choices.put(k, EnumValues.parse(ChannelChoice.class, choice, "preferences." + kind));
        });
        return view(notifications.choose(currentUser.get(), choices));
    }

    private static NotificationPreferencesView view(Map<NotificationKind, ChannelChoice> all) {
        NotificationPreferencesView v = new NotificationPreferencesView();
        all.forEach((k, c) -> v.preferences.put(k.name(), c.name()));
        for (NotificationKind k : NotificationKind.values()) {
            if (k.mandatoryMail()) {
                v.emailRequired.add(k.name());
            }
        }
        return v;
    }

    static NotificationView view(Notification n) {
        NotificationView v = new NotificationView();
        v.id = n.id();
        v.kind = n.kind().name();
        v.title = n.title();
        v.subjectType = n.subjectType();
        v.subjectId = n.subjectId();
        v.orderId = n.orderId();
        if (n.params() != null) {
            try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(n.params()))) {
                JsonObject params = reader.readObject();
                params.forEach((key, value) -> {
                    if (value instanceof JsonString s) {
                        if (key.equals("link")) {
                            v.link = s.getString();
                        } else if (key.startsWith("title.")) {
                            v.titles.put(key.substring("title.".length()), s.getString());
                        } else {
                            v.facts.put(key, s.getString());
                        }
                    }
                });
            }
        }
        v.createdAt = n.createdAt().toString();
        v.readAt = n.readAt() == null ? null : n.readAt().toString();
        return v;
    }
}
