/**
 * Tables written for people: the {@link org.leerwerkplek.platform.tables.RecordSink} that
 * exports write records to, a streamed XLSX workbook whose sheets are such sinks, and a small,
 * bounded reader of an uploaded XLSX's cell values.
 */
package org.leerwerkplek.platform.tables;
