package org.leerwerkplek.platform.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static String readAll(InputStream in) throws IOException {
        try (Reader reader = new StrictUtf8Reader(in)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    @Test
    void readsUtf8AsItIs() throws IOException {
        String text = "naam;stad\r\nCafé Zoë;Liège\n€ 12 — ok\n" + "é".repeat(20_000);
        assertEquals(text, readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesLatin1WithTheLineOfTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "naam,stad\nBouw nv,Gent\nCafé,Liège\nRené,Namur\n".getBytes(StandardCharsets.ISO_8859_1);
        StrictUtf8Reader.NotUtf8Exception e = assertThrows(StrictUtf8Reader.NotUtf8Exception.class,
                () -> readAll(new ByteArrayInputStream(latin1)));
        assertEquals(3, e.line());
        assertEquals(0xE9, e.firstByte(), "é in Latin-1");
    }

    @Test
    void countsCrLfAndLoneCrAsOneLineEndEach() {
        byte[] bytes = "a\r\nb\rc\n\nd\u00E9".getBytes(StandardCharsets.ISO_8859_1);
        StrictUtf8Reader.NotUtf8Exception e = assertThrows(StrictUtf8Reader.NotUtf8Exception.class,
                () -> readAll(new ByteArrayInputStream(bytes)));
        assertEquals(5, e.line());
    }

    @Test
    void findsTheLineFarIntoALargeFile() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 5000; i++) {
            text.append("regel ").append(i).append(", met een é in UTF-8\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'x';
        bytes[good.length + 1] = (byte) 0xE8;
        bytes[good.length + 2] = '\n';
        StrictUtf8Reader.NotUtf8Exception e = assertThrows(StrictUtf8Reader.NotUtf8Exception.class,
                () -> readAll(new ByteArrayInputStream(bytes)));
        assertEquals(5000, e.line());
    }

    @Test
    void refusesAnIncompleteSequenceAtTheEnd() {
        byte[] bytes = {'a', '\n', (byte) 0xC3};
        StrictUtf8Reader.NotUtf8Exception e = assertThrows(StrictUtf8Reader.NotUtf8Exception.class,
                () -> readAll(new ByteArrayInputStream(bytes)));
        assertEquals(2, e.line());
    }
}
