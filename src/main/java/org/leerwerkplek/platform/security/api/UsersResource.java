package org.leerwerkplek.platform.security.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.PasswordPolicy;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/** Account administration for admins. */
@Path("admin/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class UsersResource {

    /** Body of a role change. */
    public record RolesChange(@NotNull @Size(max = 4) Set<@NotNull Role> roles) {
    }

    /** Body of an enable/disable; {@code enabled} is required, so an empty object changes nothing. */
    public record EnabledChange(@NotNull Boolean enabled) {
    }

    /** Body of a password reset. */
    public record PasswordReset(@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    @Inject
    UserService users;

    @GET
    @Operation(summary = "All accounts, without password material")
    public List<UserService.UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    public UserService.UserView get(@PathParam("username") String username) {
        return users.find(username)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "user.notFound", username));
    }

    @POST
    @Operation(summary = "Create an account with a password and at least one role")
    public Response create(@NotNull @Valid UserService.NewUser request) {
        return Response.status(Response.Status.CREATED).entity(users.create(request)).build();
    }

    @PUT
    @Path("{username}/roles")
    @Operation(summary = "Replace the roles of an account")
    public UserService.UserView setRoles(@PathParam("username") String username, @NotNull @Valid RolesChange change) {
        return users.setRoles(username, change.roles());
    }

    @PUT
    @Path("{username}/enabled")
    @Operation(summary = "Enable or disable an account")
    public UserService.UserView setEnabled(@PathParam("username") String username, @NotNull @Valid EnabledChange change) {
        return users.setEnabled(username, change.enabled());
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a new password chosen by the admin; lifts a lock")
    public UserService.UserView resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordReset reset) {
        return users.resetPassword(username, reset.password());
    }
}
