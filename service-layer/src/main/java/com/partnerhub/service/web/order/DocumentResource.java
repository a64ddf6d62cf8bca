package com.partnerhub.service.web.order;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.common.PageView;
import com.partnerhub.api.order.DocumentView;
import com.partnerhub.service.application.order.DocumentRefused;
import com.partnerhub.service.application.order.DocumentService;
import com.partnerhub.service.application.order.DocumentStore;
import com.partnerhub.service.application.shared.Actors;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.order.OrderDocument;
import com.partnerhub.service.web.support.CurrentUser;

/**
 * Customer documents of an order. Unlike the other resources this one is not one transaction per request: an upload
 * streams for as long as the bytes take to arrive, holding no transaction or database connection meanwhile
 * ({@link DocumentService} says how the steps fit together).
 */
@Path("v1/orders/{id}/documents")
@RequestScoped
@Tag(name = "Documents", description = "The customer's documents of an order: upload (streamed, checked, checksummed) and download")
public class DocumentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Inject
    Actors actors;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a document", description = "The request body is the file itself (any Content-Type; the "
            + "type is read from the content), its name in name=, optionally the brief's file question it answers in "
            + "question=. By the customer (owner or CHANGE_SPECS), the agency or provider staff. Refused with 413 above the "
            + "configured size (partnerhub.documents.max-bytes, default 1 GiB) and 415 for a type not allowed "
            + "(partnerhub.documents.types), before anything is kept. A document that arrived meets the document deadline "
            + "and resumes an order held for late documents.")
    @APIResponse(responseCode = "201", description = "kept: the document with its SHA-256")
    public Response upload(@PathParam("id") long id,
                           @QueryParam("name") @Parameter(description = "the file's name (folders are dropped)") String name,
                           @QueryParam("question") @Parameter(description = "a file question's key") String question,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream content) {
        User caller = currentUser.get();
        documents.prepareUpload(caller, id, question == null || question.isBlank() ? null : question);
        if (length != null && length > documents.maxBytes()) {
            throw new DocumentRefused("DOCUMENT_TOO_LARGE", "documents are limited", documents.maxBytes());
        }
        String fileName = OrderDocument.safeFileName(name);
        DocumentStore.Stored stored = documents.receive(content, fileName);
        OrderDocument doc;
        try {
            doc = documents.record(caller, id, question == null || question.isBlank() ? null : question, fileName, stored);
        } catch (RuntimeException e) {
            documents.abandon(stored);
            throw e;
        }
        return Response.created(URI.create(ApiPaths.ORDERS + "/" + id + "/documents/" + doc.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(view(doc, actors.one(doc.uploadedBy(), null))).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The order's documents, oldest first", description = "For everyone who sees the order.")
    public PageView<DocumentView> list(@PathParam("id") long id) {
        List<OrderDocument> all = documents.list(currentUser.get(), id);
        Map<Long, Actors.Actor> uploaders = actors.of(all.stream().map(OrderDocument::uploadedBy).toList(), null);
        PageView<DocumentView> page = new PageView<>();
        page.items = all.stream().map(d -> view(d, Actors.lookup(uploaders, d.uploadedBy()))).toList();
        return page;
    }

    @GET
    @Path("{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document", description = "Its bytes, checked against their SHA-256 first (a damaged "
            + "file is a 500 DOCUMENT_DAMAGED, never handed out), as an attachment with its name.")
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        DocumentService.Download d = documents.open(currentUser.get(), id, documentId);
        OrderDocument doc = d.document();
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        String ascii = doc.fileName().replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return Response.ok(body, doc.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, doc.sizeBytes())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(doc.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(doc.sha256())))
                .build();
    }

    private static DocumentView view(OrderDocument d, Actors.Actor uploader) {
        DocumentView v = new DocumentView();
        v.id = d.id();
        v.orderId = d.orderId();
        v.questionKey = d.questionKey();
        v.fileName = d.fileName();
        v.mediaType = d.mediaType();
        v.sizeBytes = d.sizeBytes();
        v.sha256 = d.sha256();
        v.uploadedBy = d.uploadedBy();
        v.uploadedByName = uploader.name();
        v.uploadedAt = d.uploadedAt().toString();
        return v;
    }
}
