package org.leerwerkplek.platform.privacy;

import java.io.Serializable;
import java.util.Map;

/**
 * One object about a person, as an access request hands it over: its kind (e.g.
 * {@code company-contact}), its id, and its fields by name with their values as text.
 */
public record PersonalRecord(String kind, String id, Map<String, String> fields) implements Serializable {
}
