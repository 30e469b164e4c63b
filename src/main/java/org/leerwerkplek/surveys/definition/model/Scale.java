package org.leerwerkplek.surveys.definition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named answer scale for {@code likert} and {@code likert-matrix} questions: ascending integer
 * points and an optional {@code na} point ("weet niet") that is never a number.
 */
public record Scale(String name, List<ScalePoint> points, Optional<Option> na) {

    public Scale {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        Objects.requireNonNull(na, "na");
    }

    /** Every code an answer on this scale may have: the point values, then the {@code na} code. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        points.forEach(p -> codes.add(p.code()));
        na.ifPresent(o -> codes.add(o.code()));
        return List.copyOf(codes);
    }

    public boolean hasCode(String code) {
        for (ScalePoint point : points) {
            if (point.code().equals(code)) {
                return true;
            }
        }
        return na.isPresent() && na.get().code().equals(code);
    }

    /** A short description for messages: {@code 1-5, na WEET_NIET}. */
    public String describe() {
        String range = points.isEmpty() ? "no points"
                : points.get(0).value() + "-" + points.get(points.size() - 1).value();
        return na.map(o -> range + ", na " + o.code()).orElse(range);
    }
}
