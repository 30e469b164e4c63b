package org.leerwerkplek.platform.audit;

/** What was done. The admin page shows each with a label of its own ({@code audit.action.*}). */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Response data or personal data left the product: an export, a download, a report, an access request. */
    EXPORT,
    SIGN_IN, SIGN_IN_FAILED, LOCKED,
    ERASE, RETENTION, BACKUP, RESTORE,
    /** The audit trail itself was checked. */
    VERIFY
}
