package com.partnerhub.service.web.audit;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.partnerhub.service.application.audit.AuditTrail;
import com.partnerhub.service.web.support.ApiRequest;
import com.partnerhub.service.web.support.CurrentUser;
import com.partnerhub.service.web.support.Days;
import com.partnerhub.service.web.support.EnumValues;

@Path("v1/audit")
@ApiRequest
@Tag(name = "Audit", description = "Who did what, exported for an account or a person")
public class AuditResource {

    static final String CSV = "text/csv";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail trail;

    @GET
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the audit trail as CSV or JSON", description = "Of an account (accountId: its owner, members "
            + "with MANAGE_COLLABORATORS, provider staff) or of one person's actions (userId: that person, provider staff), "
            + "for whole UTC days from..to (YYYY-MM-DD, both included; default the last 30 days), in time order. "
            + "format=csv (default) or json. Streamed page by page: any size is fine.")
    public Response export(@QueryParam("accountId") Long accountId, @QueryParam("userId") Long userId,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        AuditWriter.Format chosen = format == null ? AuditWriter.Format.CSV : EnumValues.parse(AuditWriter.Format.class, format, "format");
        // checked now, inside the request's transaction; read afterwards, page by page, while the answer is written
        AuditTrail.Scope scope = trail.allow(currentUser.get(), accountId, userId, Days.parse(from, "from"), Days.parse(to, "to"));
        StreamingOutput body = out -> AuditWriter.write(chosen, after -> trail.page(scope, after), out);
        String name = "partner-hub-audit-" + (accountId != null ? "account-" + accountId : "user-" + userId) + "."
                + chosen.name().toLowerCase(Locale.ROOT);
        return Response.ok(body, chosen == AuditWriter.Format.CSV ? CSV + "; charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
