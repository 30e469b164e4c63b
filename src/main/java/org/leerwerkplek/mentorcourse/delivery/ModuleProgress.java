package org.leerwerkplek.mentorcourse.delivery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one mentor stands with one module. Older data can hold a module opened or completed
 * without a delivery (the pages allowed it once); it counts as not sent. Every date is optional.
 *
 * @param moduleId    the module
 * @param deliveredOn the day its delivery mail was sent
 * @param remindedOn  the day its reminder was sent (at most one per module)
 * @param openedOn    the day the mentor first opened it
 * @param completedOn the day the mentor completed it
 */
public record ModuleProgress(String moduleId, Optional<LocalDate> deliveredOn, Optional<LocalDate> remindedOn,
                             Optional<LocalDate> openedOn, Optional<LocalDate> completedOn) {

    public ModuleProgress {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(remindedOn, "remindedOn");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    /** A module delivered on {@code day} and nothing else yet. */
    public static ModuleProgress delivered(String moduleId, LocalDate day) {
        return new ModuleProgress(moduleId, Optional.of(day), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A module completed on {@code day} without a delivery, as older data can hold. */
    public static ModuleProgress completedWithoutDelivery(String moduleId, LocalDate day) {
        return new ModuleProgress(moduleId, Optional.empty(), Optional.empty(), Optional.of(day), Optional.of(day));
    }

    public ModuleProgress remindedOn(LocalDate day) {
        return new ModuleProgress(moduleId, deliveredOn, Optional.of(day), openedOn, completedOn);
    }

    public ModuleProgress openedOn(LocalDate day) {
        return new ModuleProgress(moduleId, deliveredOn, remindedOn, Optional.of(day), completedOn);
    }

    /** Completed on {@code day}; also opened then, if it was not opened before. */
    public ModuleProgress completedOn(LocalDate day) {
        return new ModuleProgress(moduleId, deliveredOn, remindedOn, Optional.of(openedOn.orElse(day)), Optional.of(day));
    }

    /** Whether the mentor opened or completed the module. */
    public boolean isOpened() {
        return openedOn.isPresent() || completedOn.isPresent();
    }
}
