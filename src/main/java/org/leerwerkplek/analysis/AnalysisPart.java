package org.leerwerkplek.analysis;

import org.leerwerkplek.platform.part.Part;

/**
 * What the analysis part brings to the platform: its texts ({@code messages*.properties} in this package's
 * folder).
 */
public final class AnalysisPart implements Part {
}
