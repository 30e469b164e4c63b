package org.leerwerkplek.mentorcourse;

import org.leerwerkplek.platform.part.Part;

/**
 * What the mentor course part brings to the platform: its texts ({@code messages*.properties} in this package's
 * folder).
 */
public final class MentorCoursePart implements Part {
}
