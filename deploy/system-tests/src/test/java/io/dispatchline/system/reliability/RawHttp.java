package io.dispatchline.system.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: hostile requests that well-behaved clients
 * refuse to send (malformed percent-encoding, bad Content-Length, raw control bytes, any header).
 * One request per connection.
 */
final class RawHttp {

  /** An answer; header names in lower case. */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private RawHttp() {}

  /**
   * Sends the request and reads the answer. The body is written on another thread so that a server
   * that answers before reading it all (413) is heard. An event stream's body is not read.
   */
  static Answer exchange(String host, int port, byte[] head, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      CompletableFuture<Void> writing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  out.write(head);
                  if (body != null) {
                    out.write(body);
                  }
                  out.flush();
                } catch (IOException closedEarly) {
                  // the server answered and closed before taking the whole body
                }
              });
      Answer answer = read(socket.getInputStream());
      writing.cancel(true);
      return answer;
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("no HTTP answer, got: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new HashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(
          h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    if (headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
      return new Answer(status, headers, new byte[0]);
    }
    byte[] body;
    if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = chunked(in);
    } else {
      body = in.readAllBytes();
    }
    return new Answer(status, headers, body);
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int n = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (n == 0) {
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line(in);
    }
  }

  /** A line without its CRLF, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }
}
