package org.leerwerkplek.platform.backup.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.backup.BackupInfo;
import org.leerwerkplek.platform.backup.BackupService;
import org.leerwerkplek.platform.security.Role;

/** Backups of the embedded database for admins: the list and "back up now". */
@Path("admin/backups")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Backups")
public class BackupResource {

    /** Whether the product takes backups here (embedded Derby), where, when, how many it keeps, and the backups. */
    public record Backups(boolean supported, String directory, int dailyAtHour, boolean scheduled, int keep,
                          List<BackupInfo> items) {
    }

    @Inject
    BackupService backups;

    @GET
    @Operation(summary = "The backups, newest first, and the backup settings")
    public Backups list() {
        var settings = backups.settings();
        return new Backups(backups.isSupported(), settings.directory().toString(), settings.hour(), settings.scheduled(),
                settings.keep(), backups.list());
    }

    @POST
    @Operation(summary = "Takes an online backup now (embedded Derby only; PostgreSQL: pg_dump, see the README)")
    public Response backupNow() {
        return Response.status(Response.Status.CREATED).entity(backups.backupNow()).build();
    }
}
