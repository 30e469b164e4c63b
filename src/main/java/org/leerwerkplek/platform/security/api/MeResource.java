package org.leerwerkplek.platform.security.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.security.Role;

/** Who the caller is, for clients checking their credentials. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.ANALYST_NAME, Role.MENTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    /** The caller's name and roles. */
    public record Me(String username, List<Role> roles) {
    }

    @GET
    @Operation(summary = "The signed-in caller and its roles")
    public Me me(@Context SecurityContext security) {
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.name())).toList();
        return new Me(security.getUserPrincipal().getName(), roles);
    }
}
