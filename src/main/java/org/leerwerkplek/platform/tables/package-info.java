/**
 * Tables written for people: the {@link org.leerwerkplek.platform.tables.RecordSink} that
 * exports write records to, and a streamed XLSX workbook whose sheets are such sinks.
 */
package org.leerwerkplek.platform.tables;
