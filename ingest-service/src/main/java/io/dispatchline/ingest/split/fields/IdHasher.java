package io.dispatchline.ingest.split.fields;

import io.dispatchline.ingest.split.paragraphs.Nfc;
import io.dispatchline.ingest.split.text.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/**
 * SHA-256 over the UTF-8 bytes of text fed in pieces, so an id never needs the whole normal form as
 * one more copy of the text. Produces exactly the bytes {@code String.getBytes(UTF_8)} would (a
 * lone surrogate becomes '?').
 */
public final class IdHasher {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Strings this long are encoded in one call rather than character by character. */
  private static final int BULK = 64;

  private final MessageDigest digest = sha256();
  private final byte[] buffer = new byte[1024];
  private int size;
  private char highSurrogate;

  /** Appends {@code s} as it is. */
  IdHasher raw(String s) {
    if (s.length() >= BULK && highSurrogate == 0) {
      // The JDK's own encoder: for the usual all-ASCII paragraph it is a plain array copy.
      digest.update(buffer, 0, size);
      size = 0;
      digest.update(s.getBytes(StandardCharsets.UTF_8));
      return this;
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      // ASCII runs straight into the buffer: the common case, kept branch-light.
      int room = Math.min(n - i, buffer.length - 4 - size);
      if (room <= 0 || highSurrogate != 0) {
        put(s.charAt(i++));
        continue;
      }
      int stop = i + room;
      while (i < stop) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        buffer[size++] = (byte) c;
        i++;
      }
      if (i < stop) {
        put(s.charAt(i++));
      }
    }
    return this;
  }

  /** Appends bytes already encoded as UTF-8 (see {@link Utf8Paragraphs}). */
  IdHasher utf8(byte[] bytes, int from) {
    flushSurrogate();
    digest.update(buffer, 0, size);
    size = 0;
    digest.update(bytes, from, bytes.length - from);
    return this;
  }

  /** Appends the normal form of {@code s}: NFC, whitespace runs folded to one space, trimmed. */
  public IdHasher normalised(String s) {
    if (s == null) {
      return this;
    }
    String t = Nfc.isStable(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    if (Texts.isFolded(t)) {
      return raw(t);
    }
    boolean pendingSpace = false;
    boolean any = false;
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (Texts.isSpace(c)) {
        pendingSpace = any;
      } else {
        if (pendingSpace) {
          put(' ');
          pendingSpace = false;
        }
        put(c);
        any = true;
      }
    }
    return this;
  }

  /** First 128 bits of the digest in lowercase hex. */
  public String hex() {
    flushSurrogate();
    digest.update(buffer, 0, size);
    size = 0;
    byte[] d = digest.digest();
    char[] out = new char[32];
    for (int i = 0; i < 16; i++) {
      out[2 * i] = HEX[(d[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[d[i] & 0xF];
    }
    return new String(out);
  }

  private void put(char c) {
    if (size > buffer.length - 4) {
      digest.update(buffer, 0, size);
      size = 0;
    }
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        buffer[size++] = (byte) (0xF0 | (cp >> 18));
        buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      buffer[size++] = '?';
    }
    if (c < 0x80) {
      buffer[size++] = (byte) c;
    } else if (c < 0x800) {
      buffer[size++] = (byte) (0xC0 | (c >> 6));
      buffer[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[size++] = '?';
    } else {
      buffer[size++] = (byte) (0xE0 | (c >> 12));
      buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void flushSurrogate() {
    if (highSurrogate != 0) {
      highSurrogate = 0;
      if (size > buffer.length - 4) {
        digest.update(buffer, 0, size);
        size = 0;
      }
      buffer[size++] = '?';
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must ship SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
