package org.leerwerkplek.surveys;

import org.leerwerkplek.platform.part.Part;

/**
 * What the surveys part brings to the platform: its texts ({@code messages*.properties} in this package's
 * folder).
 */
public final class SurveysPart implements Part {
}
