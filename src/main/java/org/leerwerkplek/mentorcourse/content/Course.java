package org.leerwerkplek.mentorcourse.content;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The follow-up course for mentors, as read from {@code course.yaml} and its module files.
 *
 * @param id         course id
 * @param version    raised when modules are added, removed or reordered
 * @param title      course title
 * @param modules    the loaded modules in course order (ascending {@code order})
 * @param knelpunten knelpunt code ({@code K01}...) to the ids of the modules that address it, most
 *                   direct first; every id is one of {@code modules}
 */
public record Course(String id, int version, LocalizedText title, List<CourseModule> modules,
                     Map<String, List<String>> knelpunten) {

    public Course {
        modules = List.copyOf(modules);
        Set<String> ids = new HashSet<>();
        int previousOrder = 0;
        for (CourseModule module : modules) {
            if (!ids.add(module.id()) || module.order() <= previousOrder) {
                throw new IllegalArgumentException("modules must have unique ids and ascending order: " + module.id());
            }
            previousOrder = module.order();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        knelpunten.forEach((code, moduleIds) -> {
            for (String moduleId : moduleIds) {
                if (!ids.contains(moduleId)) {
                    throw new IllegalArgumentException("knelpunt " + code + " names unknown module " + moduleId);
                }
            }
            copy.put(code, List.copyOf(moduleIds));
        });
        knelpunten = Collections.unmodifiableMap(copy);
    }

    /** The module with this id, if it is part of the course. */
    public Optional<CourseModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** The modules that address {@code knelpunt}, most direct first; empty for an unknown code. */
    public List<CourseModule> modulesFor(String knelpunt) {
        return knelpunten.getOrDefault(knelpunt, List.of()).stream()
                .map(moduleId -> module(moduleId).orElseThrow())
                .toList();
    }
}
