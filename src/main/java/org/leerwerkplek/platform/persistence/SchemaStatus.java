package org.leerwerkplek.platform.persistence;

import java.util.List;

/**
 * The database as migrations left it.
 *
 * @param databaseProduct  the database product name the driver reports
 * @param currentVersion   the newest applied migration version, or empty text for none
 * @param applied          the applied migrations, oldest first
 * @param pending          how many known migrations are not applied
 */
public record SchemaStatus(String databaseProduct, String currentVersion, List<String> applied, int pending) {
}
