package org.recordswatch.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.Organization;

/** Organizations: listed for every logged-in user, created by admins. */
@Path("organizations")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    AccountService accounts;

    /** An organization as the API shows it. */
    public record OrganizationView(long id, String name, String coalition) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.getId(), o.getName(),
                    o.getCoalition() == null ? null : o.getCoalition().getName());
        }
    }

    /** What creating an organization takes. */
    public record NewOrganization(String name, String coalition) {
    }

    @GET
    @Operation(summary = "All organizations")
    public List<OrganizationView> list() {
        return accounts.organizations().stream().map(OrganizationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organization (admins), optionally in a coalition (created when new)")
    public Response create(NewOrganization body) {
        Organization o = accounts.createOrganization(body == null ? null : body.name(),
                body == null ? null : body.coalition());
        return Response.status(Response.Status.CREATED).entity(OrganizationView.of(o)).build();
    }
}
