package org.leerwerkplek.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The switches an admin sets for one instrument. */
@Entity
@Table(name = "survey_setting")
public class SurveySetting {

    @Id
    @Column(name = "instrument_id", length = 64)
    private String instrumentId;

    @Column(name = "public_link", nullable = false)
    private boolean publicLink;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SurveySetting() {
    }

    SurveySetting(String instrumentId) {
        this.instrumentId = instrumentId;
    }

    void setPublicLink(boolean publicLink, String changedBy, Instant now) {
        this.publicLink = publicLink;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public boolean isPublicLink() {
        return publicLink;
    }
}
