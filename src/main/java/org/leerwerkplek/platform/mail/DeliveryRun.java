package org.leerwerkplek.platform.mail;

/**
 * What one pass of the sender did.
 *
 * @param sent            handed to the SMTP server
 * @param keptLocally     delivered into the outbox itself (no SMTP server configured)
 * @param retrying        refused for now or failed; tried again later
 * @param failed          attempts used up
 * @param bounced         recipient refused for good
 * @param interrupted     claims that had expired (a sender stopped while sending): back in the queue
 * @param connectionError why the SMTP server could not be reached, or {@code null}; nothing was
 *                        claimed then and the mails stay pending
 */
public record DeliveryRun(int sent, int keptLocally, int retrying, int failed, int bounced, int interrupted,
                          String connectionError) {

    public static DeliveryRun nothing(int interrupted) {
        return new DeliveryRun(0, 0, 0, 0, 0, interrupted, null);
    }

    /** How many mails this pass handled. */
    public int handled() {
        return sent + keptLocally + retrying + failed + bounced;
    }
}
