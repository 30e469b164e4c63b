package org.leerwerkplek.platform.privacy;

import java.io.Serializable;

/** An object an erasure changed or removed, by kind and id, as the audit trail records it. */
public record ErasedObject(String kind, String id) implements Serializable {
}
