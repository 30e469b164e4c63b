package org.leerwerkplek.platform.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads an uploaded file as UTF-8 and refuses anything else, naming the line of the first byte
 * that is not UTF-8. A file saved as Latin-1 or Windows-1252 (Excel's "CSV" on many machines) has
 * {@code é} as the single byte E9, which a lenient reader silently turns into U+FFFD; this reader
 * throws {@link NotUtf8Exception} instead, so an import can say "save it as CSV UTF-8" and store
 * nothing. Lines end with LF, CRLF or a lone CR, as the CSV readers count them.
 */
public final class StrictUtf8Reader extends Reader {

    /** Input that is not UTF-8, with the (1-based) line of its first offending byte. */
    public static final class NotUtf8Exception extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int firstByte;

        NotUtf8Exception(int line, int firstByte) {
            this.line = line;
            this.firstByte = firstByte;
        }

        /** The line on which the first byte that is not UTF-8 stands. */
        public int line() {
            return line;
        }

        /** That byte, 0 to 255. */
        public int firstByte() {
            return firstByte;
        }

        @Override
        public String getMessage() {
            return String.format("not UTF-8: byte 0x%02X on line %d", firstByte, line);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private boolean endOfInput;
    private boolean flushed;
    private int line = 1;
    private boolean afterCr;

    public StrictUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                count(target, offset, out.position());
                throw new NotUtf8Exception(line, bytes.get(bytes.position()) & 0xFF);
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                } else if (out.position() == offset) {
                    fill();
                }
            } else if (result.isOverflow()) {
                break;
            }
        }
        count(target, offset, out.position());
        return out.position() - offset;
    }

    /** Counts the line ends among the characters about to be handed out. */
    private void count(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else if (c == '\r') {
                line++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
