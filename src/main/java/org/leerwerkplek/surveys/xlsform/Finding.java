package org.leerwerkplek.surveys.xlsform;

import java.io.Serializable;
import java.util.List;

/**
 * One thing the conversion could not carry over: where (sheet, spreadsheet row, the row's name) and
 * why (a message key of the surveys bundle, {@code xlsform.*}, with its arguments).
 *
 * @param skipped true when the row was left out; false when it was converted without the part named
 */
public record Finding(String sheet, int row, String name, boolean skipped, String key, List<String> args)
        implements Serializable {

    public Finding {
        args = List.copyOf(args);
    }
}
