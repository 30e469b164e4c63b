package org.leerwerkplek.platform.audit;

import java.util.List;

/** One page of the trail, newest first, and how many rows the filter selects in all. */
public record AuditPage(List<AuditEvent> events, long total, int page, int size) {
}
