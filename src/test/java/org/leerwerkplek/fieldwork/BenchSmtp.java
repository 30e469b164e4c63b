package org.leerwerkplek.fieldwork;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local SMTP server of {@code bench/fieldwork.sh}: GreenMail on the given port, printing once
 * a second how many mails it holds, until it has {@code expected} or is stopped.
 * Usage: {@code BenchSmtp <port> <expected>}.
 */
public final class BenchSmtp {

    private BenchSmtp() {
    }

    public static void main(String[] args) throws InterruptedException {
        // GreenMail parses each mail with Jakarta Mail, which looks its StreamProvider up through
        // ServiceLoader on every header and body part unless this property names it: in the profile
        // (round 4) 43 % of this server's CPU, between the end of a mail's data and the server's
        // "250", where a real mail server spends nothing of the kind. -Dbench.smtp.lookup=serviceloader
        // keeps the search (GreenMail as the benchmark ran it up to round 3).
        if (!"serviceloader".equals(System.getProperty("bench.smtp.lookup"))
                && System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        int port = Integer.parseInt(args[0]);
        int expected = Integer.parseInt(args[1]);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // Polled every 100 ms; the rate counts the mails that arrived after the first poll that saw
            // one, over the time since that poll (the mails seen at that poll arrived before it began).
            int received = 0;
            int first = 0;
            long started = 0;
            long lastPrint = 0;
            while (received < expected) {
                Thread.sleep(100);
                int now = smtp.getReceivedMessages().length;
                if (now > 0 && started == 0) {
                    started = System.nanoTime();
                    first = now;
                }
                received = now;
                if (System.nanoTime() - lastPrint > 1_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.println("received " + received);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d mails in %.1f s after the first %d: %.0f mails/s%n", received - first, seconds, first,
                    (received - first) / seconds);
        } finally {
            smtp.stop();
        }
    }
}
