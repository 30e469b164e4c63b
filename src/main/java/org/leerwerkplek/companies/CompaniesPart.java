package org.leerwerkplek.companies;

import org.leerwerkplek.platform.part.Part;

/**
 * What the companies part brings to the platform: its texts ({@code messages*.properties} in this package's
 * folder).
 */
public final class CompaniesPart implements Part {
}
