package io.dispatchline.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the stack process's output for as long as it runs (so it never blocks on a full pipe),
 * catches the READY line and the replies to {@link Control} requests, and keeps the last lines for
 * error messages.
 */
final class ChildOutput {

  private static final int TAIL_LINES = 60;

  private final Deque<String> tail = new ArrayDeque<>();
  private final CompletableFuture<ReadyLine> ready = new CompletableFuture<>();
  private final Map<Long, CompletableFuture<Control.Reply>> replies = new ConcurrentHashMap<>();
  private volatile boolean ended;
  private volatile String postgresDurability = "";

  private ChildOutput() {}

  static ChildOutput drain(Process process) {
    ChildOutput output = new ChildOutput();
    Thread reader = new Thread(() -> output.read(process), "dispatchline-local-output");
    reader.setDaemon(true);
    reader.start();
    return output;
  }

  /** Completes with the addresses, or exceptionally when the output ends before READY. */
  CompletableFuture<ReadyLine> ready() {
    return ready;
  }

  /**
   * The reply to the request with this id, once it is read; completes exceptionally if the output
   * ends first. Call before sending the request.
   */
  CompletableFuture<Control.Reply> expectReply(long id) {
    CompletableFuture<Control.Reply> reply = new CompletableFuture<>();
    replies.put(id, reply);
    if (ended) {
      failPendingReplies();
    }
    return reply;
  }

  /** Stops waiting for a reply that did not come in time. */
  void forgetReply(long id) {
    replies.remove(id);
  }

  synchronized String tail() {
    return String.join(System.lineSeparator(), tail);
  }

  /** What the last PostgreSQL start reported, e.g. {@code durability=durable fsync=on …}. */
  String postgresDurability() {
    return postgresDurability;
  }

  /** The last non-blank line: for a failed start, usually the reason. */
  synchronized String lastLine() {
    return tail.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
  }

  private void read(Process process) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        remember(line);
        if (line.startsWith(PostgresDurability.LINE_PREFIX)) {
          postgresDurability = line.substring(PostgresDurability.LINE_PREFIX.length());
        }
        ReadyLine.parse(line).ifPresent(ready::complete);
        Control.Reply.parse(line).ifPresent(this::deliver);
      }
    } catch (IOException e) {
      // The process is gone; handled below like the end of its output.
    }
    ended = true;
    ready.completeExceptionally(new IllegalStateException("the local stack's output ended"));
    failPendingReplies();
  }

  private void deliver(Control.Reply reply) {
    CompletableFuture<Control.Reply> pending = replies.remove(reply.id());
    if (pending != null) {
      pending.complete(reply);
    }
  }

  private void failPendingReplies() {
    for (Long id : replies.keySet()) {
      CompletableFuture<Control.Reply> pending = replies.remove(id);
      if (pending != null) {
        pending.completeExceptionally(
            new IllegalStateException("the local stack's output ended (it has exited)"));
      }
    }
  }

  private synchronized void remember(String line) {
    if (tail.size() == TAIL_LINES) {
      tail.removeFirst();
    }
    tail.addLast(line);
  }
}
