package org.leerwerkplek.platform.persistence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.persistence.DatabaseService;
import org.leerwerkplek.platform.persistence.SchemaStatus;
import org.leerwerkplek.platform.security.Role;

/** The database product and schema version, for admins. */
@Path("admin/schema")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class SystemResource {

    @Inject
    DatabaseService database;

    @GET
    @Operation(summary = "Database product, current schema version and applied migrations")
    public SchemaStatus schema() throws SQLException {
        return database.status();
    }
}
