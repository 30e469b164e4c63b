package org.leerwerkplek.surveys.definition.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The errors of one file, collected while it is read. */
public final class ErrorCollector {

    private final String file;
    private final List<DefinitionError> errors = new ArrayList<>();

    public ErrorCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    public void at(Mark mark, String message) {
        at(mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    public void at(int line, int column, String message) {
        errors.add(new DefinitionError(file, line, column, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors in file order. */
    public List<DefinitionError> errors() {
        return errors.stream().sorted(DefinitionError.IN_FILE_ORDER).toList();
    }

    public <T> ParseResult<T> result(Supplier<T> build) {
        return errors.isEmpty() ? ParseResult.success(build.get()) : ParseResult.failure(errors());
    }
}
