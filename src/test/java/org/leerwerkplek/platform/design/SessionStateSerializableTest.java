package org.leerwerkplek.platform.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds can move to another node: with {@code <distributable/>} Payara writes each
 * session into its data grid, so a node that dies leaves its signed-in users' sessions to the others. This
 * checks, over the compiled classes, every {@code @SessionScoped}, {@code @ViewScoped} and
 * {@code @ConversationScoped} bean and the signed-in caller kept in the session (measured: one field that
 * does not serialize loses every view-scoped bean of the session on the node that takes it over):
 * <ul>
 *   <li>the class is {@link Serializable};</li>
 *   <li>an injected field is not {@code transient} (it would be {@code null} on the node that reads the
 *       session back: nothing injects it again), and an injected bean of ours is a proxy (normal scope or
 *       EJB) or itself serializable; container types are left to Weld, which refuses at deployment a
 *       passivating bean with a dependency that cannot be passivated;</li>
 *   <li>every other field that is not {@code transient} has a serializable type, down through the types of
 *       ours it holds (records, forms, rows), the element types of collections and maps included, and no
 *       {@code Optional}, lambda or interface that says nothing about serialization. A {@code transient}
 *       field is a cache the bean must fill again when it finds it empty.</li>
 * </ul>
 * A field's declared type is checked, not one instance's contents, so a {@code List<X>} needs a serializable
 * X even while the list is empty.
 */
class SessionStateSerializableTest {

    private static final String ROOT = "org.leerwerkplek";
    private static final List<Class<? extends Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    /** Injected beans of these kinds are proxies that serialize as a reference to the bean, not its state. */
    private static final List<Class<? extends Annotation>> PROXIED =
            List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ConversationScoped.class,
                    Stateless.class, Singleton.class);
    /** Kept in the session by the authentication mechanism (not a CDI bean). */
    private static final String SESSION_CALLER = ROOT + ".platform.security.SessionCaller";

    private static final List<Class<?>> PRODUCT = productClasses();

    private static List<Class<?>> productClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT)) {
            try {
                classes.add(Class.forName(type.getName(), false, SessionStateSerializableTest.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    static List<Class<?>> sessionStateClasses() {
        List<Class<?>> classes = new ArrayList<>(PRODUCT.stream()
                .filter(type -> SESSION_SCOPES.stream().anyMatch(type::isAnnotationPresent)).toList());
        classes.addAll(PRODUCT.stream().filter(type -> type.getName().equals(SESSION_CALLER)).toList());
        return classes;
    }

    /** A bean that is injected as a proxy: one of a normal scope or an EJB, or an interface all of whose beans are. */
    private static boolean isProxied(Class<?> type) {
        if (PROXIED.stream().anyMatch(type::isAnnotationPresent)) {
            return true;
        }
        List<Class<?>> implementations = PRODUCT.stream()
                .filter(c -> c != type && type.isAssignableFrom(c) && !c.isInterface()).toList();
        return type.isInterface() && !implementations.isEmpty()
                && implementations.stream().allMatch(c -> PROXIED.stream().anyMatch(c::isAnnotationPresent));
    }

    @Test
    void everythingKeptInASessionCanMoveToAnotherNode() {
        List<Class<?>> classes = sessionStateClasses();
        assertTrue(classes.size() >= 20, "the session- and view-scoped beans are found: " + classes);
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            problems.addAll(problems(type));
        }
        assertEquals(List.of(), problems, "session state that cannot move to another node");
    }

    @Test
    void theSignedInCallerSerializes() throws Exception {
        Class<?> caller = Class.forName(SESSION_CALLER);
        var constructor = caller.getDeclaredConstructor(String.class, Set.class);
        constructor.setAccessible(true);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(constructor.newInstance("advisor", Set.of("ADVISOR")));
        }
    }

    // ---- the check can fail ----

    @SessionScoped
    static class InjectedTransient implements Serializable {
        @Inject
        transient Object service;
    }

    static class NotSerializable {
    }

    record Row(String name, Optional<String> note) implements Serializable {
    }

    record Held(NotSerializable inner) implements Serializable {
    }

    @ViewScoped
    static class BadView implements Serializable {
        private List<Row> rows;
        private Map<String, Held> held;
        private Supplier<String> later;
        private transient NotSerializable cache;
        private String fine;
        private NotSerializable[] array;
    }

    @ViewScoped
    static class NotSerializableBean {
    }

    @ViewScoped
    static class InjectsPlainObject implements Serializable {
        @Inject
        NotSerializable helper;
    }

    @ViewScoped
    static class InjectsSecurityContext implements Serializable {
        @Inject
        SecurityContext security;
    }

    @Test
    void findsEachKindOfProblem() {
        assertEquals(List.of(InjectedTransient.class.getName() + ".service: an injected field must not be transient"
                + " (it is null after the session moved to another node)"), problems(InjectedTransient.class));
        List<String> bad = problems(BadView.class);
        assertTrue(bad.stream().anyMatch(p -> p.contains("BadView.rows -> Row.note") && p.contains("Optional")), bad::toString);
        assertTrue(bad.stream().anyMatch(p -> p.contains("BadView.held -> Held.inner") && p.contains("NotSerializable")), bad::toString);
        assertTrue(bad.stream().anyMatch(p -> p.contains("BadView.later") && p.contains("Supplier")), bad::toString);
        assertTrue(bad.stream().anyMatch(p -> p.contains("BadView.array") && p.contains("NotSerializable")), bad::toString);
        assertFalse(bad.stream().anyMatch(p -> p.contains("cache") || p.contains("fine")), bad::toString);
        assertEquals(List.of(NotSerializableBean.class.getName() + ": the class is not Serializable"),
                problems(NotSerializableBean.class));
        assertEquals(List.of(InjectsPlainObject.class.getName() + ".helper: " + NotSerializable.class.getName()
                + " is not Serializable"), problems(InjectsPlainObject.class));
        assertTrue(problems(InjectsSecurityContext.class).get(0).contains("inject PageSecurity"));
    }

    static List<String> problems(Class<?> root) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(root)) {
            problems.add(root.getName() + ": the class is not Serializable");
            return problems;
        }
        Set<Type> seen = new HashSet<>();
        seen.add(root);
        for (Field field : fieldsOf(root)) {
            String path = root.getName() + "." + field.getName();
            boolean isTransient = Modifier.isTransient(field.getModifiers());
            if (field.isAnnotationPresent(Inject.class)) {
                if (isTransient) {
                    problems.add(path + ": an injected field must not be transient (it is null after the session moved"
                            + " to another node)");
                } else if (field.getType() == SecurityContext.class) {
                    problems.add(path + ": the container's SecurityContext does not serialize (a dependent object with"
                            + " parts that are not Serializable); inject PageSecurity");
                } else if (field.getType().getName().startsWith(ROOT + ".") && !isProxied(field.getType())) {
                    check(field.getGenericType(), path, seen, problems);
                }
            } else if (!isTransient) {
                check(field.getGenericType(), path, seen, problems);
            }
        }
        return problems;
    }

    /** The instance fields of a class of ours and of its superclasses of ours. */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith(ROOT + "."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                problems.add(path + ": " + type.getTypeName() + " (Optional is not Serializable; keep the value or null)");
                return;
            }
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                check(raw, path, seen, problems);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path, seen, problems);
        } else if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
            problems.add(path + ": " + type.getTypeName() + " (say which type it holds)");
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, List<String> problems) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path, seen, problems);
            return;
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            if (c.isInterface() || Serializable.class.isAssignableFrom(c)) {
                return; // the element types are checked where the field's type names them
            }
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith(ROOT + ".") && seen.add(c)) {
            for (Field field : fieldsOf(c)) {
                if (!Modifier.isTransient(field.getModifiers())) {
                    check(field.getGenericType(), path + " -> " + c.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    @Test
    void aCallerThatDoesNotSerializeIsFound() {
        // The JDK's own check, for comparison with the reflective one: a record holding a lambda fails to write.
        record Holder(Supplier<String> value) implements Serializable {
        }
        Holder holder = new Holder(() -> "x");
        assertFalse(serializes(holder));
        assertFalse(problems(Holder.class).isEmpty());
    }

    private static boolean serializes(Object value) {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
