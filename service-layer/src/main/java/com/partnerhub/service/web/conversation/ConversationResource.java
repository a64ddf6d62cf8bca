package com.partnerhub.service.web.conversation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.common.PageView;
import com.partnerhub.api.conversation.ConversationView;
import com.partnerhub.api.conversation.MessageRequest;
import com.partnerhub.api.conversation.MessageView;
import com.partnerhub.api.conversation.StartConversationRequest;
import com.partnerhub.service.application.conversation.ConversationService;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.conversation.Conversation;
import com.partnerhub.service.domain.conversation.Message;
import com.partnerhub.service.domain.shared.Validator;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;

@Path("v1/conversations")
@ApiRequest
@Tag(name = "Conversations", description = "Threads between agencies and customers; one per order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Actors actors;

    @Inject
    ConversationService conversations;

    @GET
    @Operation(summary = "The caller's conversations, most recent first")
    public List<ConversationView> mine() {
        return conversations.mine(currentUser.get()).stream().map(ConversationResource::view).toList();
    }

    @POST
    @Operation(summary = "Start a conversation", description = "Customers may always contact an agency. An agency may write to a "
            + "customer account only when the customer contacted it first or they have an order together (403 NO_CONTACT_YET).")
    public Response start(StartConversationRequest request) {
        new Validator().required("agencyId", request == null ? null : request.agencyId)
                .required("accountId", request == null ? null : request.accountId).throwIfInvalid();
        ConversationService.Started started = conversations.start(currentUser.get(), request.agencyId, request.accountId,
                request.subject, request.body);
        return Response.created(URI.create(ApiPaths.CONVERSATIONS + "/" + started.conversation().id()))
                .entity(view(started.conversation())).build();
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "Messages, oldest first", description = "Keyset pagination with limit (1-200) and cursor.")
    public PageView<MessageView> messages(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Page<Message> page = conversations.messages(currentUser.get(), id, Cursor.decode(cursor), Cursor.limit(limit));
        PageView<MessageView> view = new PageView<>();
        Map<Long, Actors.Actor> authors = actors.of(page.items().stream().map(Message::authorId).toList(), null);
        view.items = page.items().stream().map(m -> view(m, Actors.lookup(authors, m.authorId()))).toList();
        view.nextCursor = Cursor.encode(page.nextAfterId());
        return view;
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Write a message")
    public Response post(@PathParam("id") long id, MessageRequest request) {
        Message m = conversations.post(currentUser.get(), id, request == null ? null : request.body);
        return Response.status(Response.Status.CREATED).entity(view(m, actors.one(m.authorId(), null))).build();
    }

    static ConversationView view(Conversation c) {
        ConversationView v = new ConversationView();
        v.id = c.id();
        v.agencyId = c.agencyId();
        v.accountId = c.accountId();
        v.orderId = c.orderId();
        v.subject = c.subject();
        v.startedByCustomer = c.startedByCustomer();
        v.createdAt = c.createdAt().toString();
        v.lastMessageAt = c.lastMessageAt().toString();
        return v;
    }

    static MessageView view(Message m, Actors.Actor author) {
        MessageView v = new MessageView();
        v.id = m.id();
        v.authorId = m.authorId();
        v.authorName = author.name();
        v.authorRole = author.side().name();
        v.kind = m.kind() == null ? null : m.kind().name();
        v.milestone = m.milestone();
        v.body = m.body();
        v.sentAt = m.sentAt().toString();
        return v;
    }
}
