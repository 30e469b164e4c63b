package org.leerwerkplek.platform.api;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes dates and timestamps in {@code /openapi} as the strings the API takes and returns.
 * Payara describes a {@code LocalDate} or {@code Instant} as {@code {"type":"object"}}; the body
 * records mark such fields with {@code @Schema(type = STRING, format = "date")} (or
 * {@code "date-time"}), of which Payara keeps the format but not the type. This filter, named by
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}, sets the type of every
 * schema with such a format to {@code string}. {@code PlatformIT} checks every date field of the API.
 */
public class OpenApiDates implements OASFilter {

    static final Set<String> FORMATS = Set.of("date", "date-time");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getFormat() != null && FORMATS.contains(schema.getFormat())
                && schema.getType() != Schema.SchemaType.STRING) {
            schema.setType(Schema.SchemaType.STRING);
            schema.setProperties(null);
            schema.setAdditionalPropertiesSchema(null);
        }
        return schema;
    }
}
