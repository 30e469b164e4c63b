package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.xlsform.XlsFormConversion;
import org.leerwerkplek.surveys.xlsform.XlsFormConverter;
import org.leerwerkplek.surveys.xlsform.XlsFormFileException;
import org.leerwerkplek.surveys.xlsform.XlsFormReader;

/**
 * XLSForm import (issue 18): converting is all in memory and changes nothing; saving writes the reviewed
 * YAML as a new {@code <id>.yaml} in the surveys folder (never over an existing file, written to a
 * temporary file first and then renamed, so the folder never holds half a file) and reloads the folder.
 */
@ApplicationScoped
public class XlsFormImportService {

    /** The largest upload accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(XlsFormImportService.class.getName());

    @Inject
    SurveysSettings settings;

    @Inject
    SurveyCatalog catalog;

    @Inject
    Clock clock;

    /** Reads and converts an uploaded XLSForm; nothing is written. */
    public XlsFormConversion convert(byte[] file, String fileName, Language unlabelled, Optional<String> id)
            throws XlsFormFileException {
        if (file.length > MAX_BYTES) {
            throw new XlsFormFileException("admin.xlsform.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return new XlsFormConverter(clock).convert(XlsFormReader.read(file), fileName, unlabelled, id);
    }

    /** The outcome of a save: the file written and the folder's state after the reload. */
    public record Saved(String fileName, int inService, int errors) {
    }

    /**
     * Writes {@code yaml} as {@code <id>.yaml} and reloads the folder. Refuses (nothing written) an id
     * that is not a structural id, YAML the product's parser does not accept, and an existing file.
     */
    public Saved save(String id, String yaml, String admin) {
        if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
            throw new DomainException(DomainException.Kind.INVALID, "admin.xlsform.nothingToSave");
        }
        String fileName = id + ".yaml";
        if (!DefinitionParser.parse(fileName, yaml).isSuccess()) {
            throw new DomainException(DomainException.Kind.INVALID, "admin.xlsform.checksFailed");
        }
        Path folder = settings.dir();
        Path target = folder.resolve(fileName);
        if (Files.exists(target)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "admin.xlsform.exists", id);
        }
        Path temp = null;
        try {
            // not .yaml: the loader ignores it even if a reload happens while it is being written
            temp = Files.createTempFile(folder, "." + id + "-", ".part");
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            Files.move(temp, target);
        } catch (FileAlreadyExistsException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "admin.xlsform.exists", id);
        } catch (IOException e) {
            throw new DomainException(DomainException.Kind.INVALID, "admin.xlsform.saveFailed", e.getClass().getSimpleName());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warning(() -> "XLSForm import: temporary file left behind: " + e.getMessage());
                }
            }
        }
        LOG.info(() -> "XLSForm import: " + admin + " saved " + target);
        SurveyCatalog.Status status = catalog.reload();
        return new Saved(fileName, status.active().size(), status.errors().size());
    }
}
