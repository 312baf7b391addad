package org.recordswatch.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.account.ApiToken;
import org.recordswatch.account.ApiTokens;

/**
 * Personal API tokens. {@code POST /api/tokens} also accepts HTTP Basic credentials (and only this endpoint does), so
 * that a script can start without a browser: {@code curl -u user -X POST .../api/tokens?name=bulk-upload}.
 */
@Path("tokens")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokens tokens;

    /** A token as listed (never its secret). */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, boolean revoked) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), "rw_" + t.getTokenPrefix(), t.getCreatedAt(),
                    t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt() != null);
        }
    }

    @POST
    @Operation(summary = "Create a personal API token; the token is in the answer and is shown only this once")
    public Response create(@QueryParam("name") @DefaultValue("script") String name,
            @QueryParam("days") @DefaultValue("30") int days) {
        ApiTokens.NewToken t = tokens.create(name, Duration.ofDays(Math.min(Math.max(days, 1), 365)));
        return Response.status(Response.Status.CREATED).entity(t).build();
    }

    @GET
    @Operation(summary = "The caller's tokens")
    public List<TokenView> mine() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
