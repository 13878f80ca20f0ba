package io.dispatchline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 serving what a test puts at each path, and recording every
 * request (path and headers) it gets.
 */
public final class TestWebServer implements AutoCloseable {

  /** A request as the server saw it, and when; header names in lower case. */
  public record Request(String path, Map<String, String> headers, java.time.Instant at) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** What to answer: status, headers, body, and how long to wait before (and while) sending. */
  public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {
    public static Reply ok(String contentType, String body) {
      return new Reply(
          200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Reply status(int status) {
      return new Reply(status, Map.of(), new byte[0], null);
    }

    public static Reply redirect(String location) {
      return new Reply(302, Map.of("Location", location), new byte[0], null);
    }

    public Reply with(String header, String value) {
      Map<String, String> h = new TreeMap<>(headers);
      h.put(header, value);
      return new Reply(status, h, body, delay);
    }

    public Reply after(Duration wait) {
      return new Reply(status, headers, body, wait);
    }
  }

  static {
    // Without it the JDK's server waits for the client's delayed ACK (Nagle): ~40 ms a response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private TestWebServer(HttpServer server) {
    this.server = server;
  }

  public static TestWebServer start() {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TestWebServer web = new TestWebServer(s);
      s.createContext("/", web::handle);
      s.setExecutor(web.threads);
      s.start();
      return web;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public TestWebServer route(String path, Function<Request, Reply> reply) {
    routes.put(path, reply);
    return this;
  }

  public TestWebServer serve(String path, Reply reply) {
    return route(path, r -> reply);
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      Request request =
          new Request(exchange.getRequestURI().getPath(), headers, java.time.Instant.now());
      requests.add(request);
      Function<Request, Reply> route = routes.get(request.path());
      Reply reply = route == null ? Reply.status(404) : route.apply(request);
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      boolean noBody = reply.status() == 304 || reply.body().length == 0;
      if (reply.delay() != null) {
        // Headers at once, then the body trickles: a slow server, not a dead one.
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : 0);
        OutputStream out = exchange.getResponseBody();
        out.flush();
        sleep(reply.delay());
        out.write(reply.body());
        return;
      }
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
      if (!noBody) {
        exchange.getResponseBody().write(reply.body());
      }
    } catch (IOException e) {
      // the client gave up (time-out, size limit): nothing to answer
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
