package org.leerwerkplek.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Spoiled copies of ZIP files (an XLSX is one), for tests of what a reader refuses. */
public final class Zips {

    private Zips() {
    }

    /** {@code zip} with the entry {@code name}'s content replaced by {@code content}. */
    public static byte[] replaced(byte[] zip, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
