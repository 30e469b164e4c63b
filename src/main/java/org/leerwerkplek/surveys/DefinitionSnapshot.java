package org.leerwerkplek.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The text of an instrument file as it was when responses could be given with it. Each distinct
 * content of an {@code (instrument, version)} is one revision; responses point at the snapshot
 * they were answered with.
 */
@Entity
@Table(name = "survey_definition")
@NamedQuery(name = DefinitionSnapshot.OF_INSTRUMENT,
        query = "select s from DefinitionSnapshot s where s.instrumentId = :instrument order by s.version desc, s.revision desc")
@NamedQuery(name = DefinitionSnapshot.VERSIONS,
        query = "select distinct s.version from DefinitionSnapshot s where s.instrumentId = :instrument order by s.version desc")
@NamedQuery(name = DefinitionSnapshot.ALL,
        query = "select s from DefinitionSnapshot s order by s.instrumentId, s.version, s.revision")
public class DefinitionSnapshot {

    static final String OF_INSTRUMENT = "DefinitionSnapshot.ofInstrument";
    static final String ALL = "DefinitionSnapshot.all";
    static final String VERSIONS = "DefinitionSnapshot.versions";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instrument_id", nullable = false, length = 64)
    private String instrumentId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected DefinitionSnapshot() {
    }

    DefinitionSnapshot(String instrumentId, int version, int revision, String contentHash, String fileName,
                       String source, Instant loadedAt) {
        this.instrumentId = instrumentId;
        this.version = version;
        this.revision = revision;
        this.contentHash = contentHash;
        this.fileName = fileName;
        this.source = source;
        this.loadedAt = loadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public int getVersion() {
        return version;
    }

    public int getRevision() {
        return revision;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSource() {
        return source;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
