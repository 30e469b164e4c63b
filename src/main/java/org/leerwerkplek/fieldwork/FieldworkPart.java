package org.leerwerkplek.fieldwork;

import org.leerwerkplek.platform.part.Part;

/**
 * What the fieldwork part brings to the platform: its texts ({@code messages*.properties} in this package's
 * folder).
 */
public final class FieldworkPart implements Part {
}
