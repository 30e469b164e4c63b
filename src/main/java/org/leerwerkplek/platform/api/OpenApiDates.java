package org.leerwerkplek.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes dates and timestamps in {@code /openapi} as the strings the API takes and returns.
 * Payara describes a {@code LocalDate} or {@code Instant} as {@code {"type":"object"}}. This filter,
 * named by {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}:
 * <ul>
 *   <li>sets the type of every schema with the format {@code date} or {@code date-time} to
 *       {@code string} (a field marked {@code @Schema(type = STRING, format = "date")}, of which
 *       Payara keeps the format but not the type);</li>
 *   <li>finds the application's class of every component schema by its simple name (as Payara
 *       names them) and describes each of its fields of a date or time type as {@code string} with
 *       the format {@code date} or {@code date-time}, so a new record needs no annotation.</li>
 * </ul>
 * {@code PlatformIT} checks every date field of the API.
 */
public class OpenApiDates implements OASFilter {

    static final Set<String> FORMATS = Set.of("date", "date-time");
    private static final Logger LOG = Logger.getLogger(OpenApiDates.class.getName());
    private static final String PACKAGE = "org/leerwerkplek/";
    private static final Map<Class<?>, String> TEMPORAL = Map.of(LocalDate.class, "date", Instant.class, "date-time",
            LocalDateTime.class, "date-time", OffsetDateTime.class, "date-time", ZonedDateTime.class, "date-time");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getFormat() != null && FORMATS.contains(schema.getFormat())
                && schema.getType() != Schema.SchemaType.STRING) {
            asString(schema, schema.getFormat());
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, List<Class<?>>> classes = applicationClasses();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            for (Class<?> type : classes.getOrDefault(name, List.of())) {
                temporalFields(type).forEach((field, format) -> {
                    Schema property = schema.getProperties().get(field);
                    if (property != null && property.getRef() == null && property.getType() != Schema.SchemaType.STRING) {
                        asString(property, format);
                    }
                });
            }
        });
    }

    /** The fields of {@code type} that hold a date ({@code date}) or a moment ({@code date-time}), by name. */
    static Map<String, String> temporalFields(Class<?> type) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            String format = TEMPORAL.get(field.getType());
            if (format != null && !Modifier.isStatic(field.getModifiers())) {
                fields.put(field.getName(), format);
            }
        }
        return fields;
    }

    private static void asString(Schema schema, String format) {
        schema.setType(Schema.SchemaType.STRING);
        schema.setFormat(format);
        schema.setProperties(null);
        schema.setAdditionalPropertiesSchema(null);
    }

    /** The application's classes by simple name, read from where this class was loaded (the WAR's classes). */
    private static Map<String, List<Class<?>>> applicationClasses() {
        ClassLoader loader = OpenApiDates.class.getClassLoader();
        Map<String, List<Class<?>>> classes = new HashMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(PACKAGE))) {
                for (String name : classNames(root)) {
                    try {
                        Class<?> type = Class.forName(name, false, loader);
                        classes.computeIfAbsent(type.getSimpleName(), n -> new ArrayList<>()).add(type);
                    } catch (ClassNotFoundException | LinkageError e) {
                        LOG.log(Level.FINE, "Skipped " + name, e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the application's classes; dates stay as annotated", e);
        }
        return classes;
    }

    /** The names of the classes under {@code root}, a folder or a folder in a JAR. */
    static List<String> classNames(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);  // a JAR file of its own, so closing it leaves the class loader's alone
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class"))
                        .forEach(n -> names.add(className(n)));
            }
            return names;
        }
        if (!"file".equals(root.getProtocol())) {
            return names;
        }
        Path folder;
        try {
            folder = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            return names;
        }
        Path base = folder;
        for (int i = 0; i < PACKAGE.split("/").length; i++) {
            base = base.getParent();
        }
        Path classesRoot = base;
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .forEach(f -> names.add(className(classesRoot.relativize(f).toString().replace('\\', '/'))));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return names;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
