package org.leerwerkplek.platform.part;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The parts found once on the class path of the platform's class loader. */
final class Parts {

    static final List<Part> ALL = ServiceLoader.load(Part.class, Part.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(p -> p.getClass().getName()))
            .toList();

    private Parts() {
    }
}
