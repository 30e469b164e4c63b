/**
 * XLSForm import: reads an XLSForm ({@code .xlsx}, or pyxform's one-file CSV layout) into sheets and
 * converts it, all in memory, into the product's YAML instrument, listing per row what the engine
 * cannot represent. Saving the YAML is a separate act ({@code XlsFormImportService}).
 */
package org.leerwerkplek.surveys.xlsform;
