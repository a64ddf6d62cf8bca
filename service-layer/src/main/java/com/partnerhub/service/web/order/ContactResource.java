package com.partnerhub.service.web.order;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.api.common.PageView;
import com.partnerhub.api.order.ContactView;
import com.partnerhub.service.application.order.ContactService;
import com.partnerhub.service.domain.order.ContactRepository;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Cursor;

@Path("v1/agencies/{id}/contacts")
@ApiRequest
@Tag(name = "Contacts", description = "An agency's customers with their orders")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /** Pages further than this are a search's job. */
    private static final long MAX_OFFSET = 1_000_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContactService contacts;

    @GET
    @Operation(summary = "The agency's contacts", description = "Each customer account the agency has orders for: orders, "
            + "completed orders, the amount billed, the date of the last order and the latest conversation. Only for the "
            + "agency's people. Search by name with q=, sort= NAME (default), ORDERS, COMPLETED, BILLED or LAST_ORDER, "
            + "dir= asc (default) or desc; limit (1-200) and the opaque cursor page it.")
    public PageView<ContactView> list(@PathParam("id") long agencyId,
                                      @QueryParam("q") @Parameter(description = "part of the customer's name") String q,
                                      @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                                      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        ContactRepository.Sort by = sort == null || sort.isBlank() ? ContactRepository.Sort.NAME
                : com.partnerhub.service.web.support.EnumValues.parse(ContactRepository.Sort.class, sort, "sort");
        if (dir != null && !dir.isBlank() && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
            throw new ValidationException(List.of(new Violation("dir", "UNKNOWN_VALUE", "asc, desc")));
        }
        long offset = Cursor.decode(cursor);
        if (offset > MAX_OFFSET) {
            throw new ValidationException(List.of(new Violation("cursor", "INVALID_VALUE")));
        }
        int size = Cursor.limit(limit);
        ContactService.ContactPage page = contacts.contacts(currentUser.get(), agencyId, q, by, "desc".equalsIgnoreCase(dir),
                (int) offset, size);
        PageView<ContactView> view = new PageView<>();
        view.items = page.items().stream().map(ContactResource::view).toList();
        view.nextCursor = page.more() ? Cursor.encode(offset + size) : null;
        return view;
    }

    private static ContactView view(ContactRepository.Contact c) {
        ContactView v = new ContactView();
        v.accountId = c.accountId();
        v.accountName = c.accountName();
        v.orders = c.orders();
        v.completedOrders = c.completedOrders();
        v.billedMinor = c.billedMinor();
        v.currency = c.currency();
        v.lastOrderAt = c.lastOrderAt() == null ? null : c.lastOrderAt().toString();
        v.lastOrderId = c.lastOrderId();
        v.conversationId = c.conversationId();
        return v;
    }
}
