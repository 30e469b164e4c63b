package org.leerwerkplek.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An entity manager in memory for unit tests of services that use JPA: entities by class and id
 * ({@code persist} gives a new one the next id, as the database would), and named queries answered
 * by functions the test gives ({@link #answer}), from the query's parameters (by name, or by position as
 * "1", "2", ...; an update's answer is the rows it changed). What a test does not
 * give fails loudly. No transactions, no versions: a service's rules, not JPA, are under test.
 */
public final class FakeEntityManager {

    private final Map<Class<?>, Map<Object, Object>> entities = new HashMap<>();
    private final Map<String, Function<Map<String, Object>, List<?>>> answers = new HashMap<>();
    private final Map<Class<?>, Function<Object, Object>> keys = new HashMap<>();
    private long nextId = 1;

    /** The entity manager to give the service. */
    public EntityManager entityManager() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "find" -> entities.getOrDefault((Class<?>) args[0], Map.of()).get(args[1]);
            case "persist" -> {
                persist(args[0]);
                yield null;
            }
            case "remove" -> {
                entities.getOrDefault(args[0].getClass(), new HashMap<>()).values().remove(args[0]);
                yield null;
            }
            case "flush", "detach", "clear" -> null;
            case "createNamedQuery" -> query((String) args[0]);
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "FakeEntityManager";
            default -> throw new UnsupportedOperationException("FakeEntityManager." + method.getName());
        };
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    /** Answers the named query {@code name} with what {@code answer} gives for its parameters. */
    public FakeEntityManager answer(String name, Function<Map<String, Object>, List<?>> answer) {
        answers.put(name, answer);
        return this;
    }

    /** How entities of {@code type} are found: by the key {@code key} gives (for composite keys); else by their id. */
    @SuppressWarnings("unchecked")
    public <T> FakeEntityManager key(Class<T> type, Function<T, Object> key) {
        keys.put(type, e -> key.apply((T) e));
        return this;
    }

    /** Stores an entity as found; one without an id gets the next. */
    public <T> T persist(T entity) {
        if (keys.containsKey(entity.getClass())) {
            return put(keys.get(entity.getClass()).apply(entity), entity);
        }
        Field id = field(entity.getClass(), "id");
        try {
            Object value = id.get(entity);
            if (value == null) {
                value = nextId++;
                id.set(entity, value);
            }
            entities.computeIfAbsent(entity.getClass(), c -> new LinkedHashMap<>()).put(value, entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }

    /** Stores an entity under an id of the test's choosing (for entities with a composite key). */
    public <T> T put(Object id, T entity) {
        entities.computeIfAbsent(entity.getClass(), c -> new LinkedHashMap<>()).put(id, entity);
        return entity;
    }

    /** The entities of a class that are stored now. */
    public <T> List<T> all(Class<T> type) {
        return entities.getOrDefault(type, Map.of()).values().stream().map(type::cast).toList();
    }

    /** Sets a field the database would set (a version, a generated value). */
    public static void set(Object entity, String name, Object value) {
        try {
            field(entity.getClass(), name).set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a field the service does not show (a key part, a version). */
    public static Object get(Object entity, String name) {
        try {
            return field(entity.getClass(), name).get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type + " has no field " + name);
    }

    private Object query(String name) {
        Function<Map<String, Object>, List<?>> answer = Objects.requireNonNull(answers.get(name),
                () -> "no answer given for the named query " + name);
        Map<String, Object> parameters = new HashMap<>();
        int[] max = {Integer.MAX_VALUE};
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "setParameter" -> {
                parameters.put(String.valueOf(args[0]), args[1]);
                yield proxy;
            }
            case "setMaxResults" -> {
                max[0] = (Integer) args[0];
                yield proxy;
            }
            case "getResultList" -> answer.apply(parameters).stream().limit(max[0]).toList();
            case "getResultStream" -> answer.apply(parameters).stream().limit(max[0]);
            case "getSingleResult" -> answer.apply(parameters).get(0);
            case "executeUpdate" -> answer.apply(parameters).size();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("TypedQuery." + method.getName());
        };
        return Proxy.newProxyInstance(TypedQuery.class.getClassLoader(), new Class<?>[] {TypedQuery.class}, handler);
    }
}
