package org.leerwerkplek.surveys.xlsform;

import java.util.List;

/** The uploaded file is not a readable XLSForm; {@link #key()} names the message in the surveys bundle. */
public final class XlsFormFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public XlsFormFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
