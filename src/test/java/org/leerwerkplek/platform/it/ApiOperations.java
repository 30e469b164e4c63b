package org.leerwerkplek.platform.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every REST operation of the compiled application, as {@code GET /api/v1/me}, read from the annotations. */
public final class ApiOperations {

    private ApiOperations() {
    }

    public static Set<String> inClasses(Path classes) throws IOException, ClassNotFoundException {
        String root = "/" + trim(org.leerwerkplek.platform.api.ApiApplication.class.getAnnotation(ApplicationPath.class).value());
        Set<String> operations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ApiOperations.class.getClassLoader());
                jakarta.ws.rs.Path typePath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (typePath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = root + "/" + trim(typePath.value())
                                + (methodPath == null || trim(methodPath.value()).isEmpty() ? "" : "/" + trim(methodPath.value()));
                        operations.add(verb + " " + path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
                    }
                }
            }
        }
        return operations;
    }

    /** Every class of the compiled application, nested ones included, loaded without initialising them. */
    public static List<Class<?>> classesIn(Path classes) throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString()
                    .equals("package-info.class") && !f.getFileName().toString().equals("module-info.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                types.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ApiOperations.class.getClassLoader()));
            }
        }
        return types;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String trim(String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
