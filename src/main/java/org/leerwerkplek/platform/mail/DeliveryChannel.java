package org.leerwerkplek.platform.mail;

/** How a sent mail left: through the SMTP server, or kept in the outbox for admins to read. */
public enum DeliveryChannel {
    SMTP,
    LOCAL
}
