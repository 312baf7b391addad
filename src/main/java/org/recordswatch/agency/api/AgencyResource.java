package org.recordswatch.agency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.agency.Custodian;
import org.recordswatch.agency.Side;

/** The agency directory over REST: everyone logged in reads it; advocates and admins add and edit agencies. */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The agency directory: codes, sides, jurisdictions, domains, custodians")
public class AgencyResource {

    @Inject
    AgencyService agencies;

    /** An agency as the API shows it. */
    @Schema(name = "Agency")
    public record AgencyDto(long id, String code, String name, String side, String jurisdiction, List<String> domains,
            String custodianName, String custodianTitle, String custodianEmail, String custodianPhone,
            String postalAddress, String portalUrl, String notes) {

        static AgencyDto of(Agency a) {
            Custodian c = a.getCustodian();
            return new AgencyDto(a.getId(), a.getCode().value(), a.getName(), a.getSide().code(), a.getJurisdiction(),
                    List.copyOf(a.getDomains()), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
                    c.getPostalAddress(), a.getPortalUrl(), a.getNotes());
        }
    }

    /** What a client sends to create or change an agency (the code is ignored on change). */
    @Schema(name = "AgencyInput")
    public record AgencyInput(@Schema(example = "nm_doh") String code, String name,
            @Schema(enumeration = {"state", "federal", "local", "other"}) String side,
            @Schema(example = "NM") String jurisdiction, List<String> domains, String custodianName,
            String custodianTitle, String custodianEmail, String custodianPhone, String postalAddress,
            String portalUrl, String notes) {

        AgencyForm toForm() {
            Side s = null;
            if (side != null) {
                try {
                    s = Side.valueOf(side.strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    s = null;
                }
            }
            return new AgencyForm(code, name, s, jurisdiction, domains == null ? List.of() : domains, custodianName,
                    custodianTitle, custodianEmail, custodianPhone, postalAddress, portalUrl, notes);
        }
    }

    @GET
    @Operation(operationId = "agenciesSearch",
            summary = "Search the directory", description = "By text in name, code, jurisdiction, custodian or "
            + "e-mail domain, and by side. Paged with first and max (at most 500).")
    public List<AgencyDto> search(@QueryParam("q") String text,
            @QueryParam("side") @Parameter(description = "state, federal, local or other") String side,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        Side s = null;
        if (side != null && !side.isBlank()) {
            try {
                s = Side.valueOf(side.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.recordswatch.platform.BusinessException("api.badSide");
            }
        }
        return agencies.search(text, s, Math.max(first, 0), Math.max(1, Math.min(max, 500))).stream()
                .map(AgencyDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "agenciesGet",
            summary = "One agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyDto get(@PathParam("id") long id) {
        return AgencyDto.of(agencies.get(id));
    }

    @POST
    @Operation(operationId = "agenciesCreate",
            summary = "Add an agency (advocates, admins)")
    @APIResponse(responseCode = "400", description = "A field is invalid or the code is taken")
    public AgencyDto create(AgencyInput input) {
        return AgencyDto.of(agencies.create(input.toForm()));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "agenciesUpdate",
            summary = "Change an agency (advocates, admins); the code stays")
    public AgencyDto update(@PathParam("id") long id, AgencyInput input) {
        return AgencyDto.of(agencies.update(id, input.toForm()));
    }
}
