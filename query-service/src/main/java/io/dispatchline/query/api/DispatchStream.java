package io.dispatchline.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dispatchline.query.store.DispatchReader;
import io.dispatchline.query.store.DispatchRow;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.StoreReadException;
import io.dispatchline.query.store.StreamHorizon;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The live stream: each subscriber polls the store for rows with a {@code stored_seq} above the
 * last one it sent and at most the {@link StreamHorizon} (so a row committed late with a lower
 * number is never skipped), matching its filters, and sends each as an SSE event whose id is the
 * {@code stored_seq}.
 */
@ApplicationScoped
public class DispatchStream {

  private static final Logger LOG = Logger.getLogger(DispatchStream.class);
  private static final int BATCH = 200;

  private final DispatchReader reader;
  private final StreamHorizon horizon;
  private final ObjectMapper json;
  private final Duration poll;
  private final int keepAliveTicks;

  public DispatchStream(
      DispatchReader reader,
      StreamHorizon horizon,
      ObjectMapper json,
      @ConfigProperty(name = "dispatchline.stream.poll", defaultValue = "500ms") Duration poll,
      @ConfigProperty(name = "dispatchline.stream.keep-alive", defaultValue = "15s")
          Duration keepAlive) {
    this.reader = reader;
    this.horizon = horizon;
    this.json = json;
    this.poll = poll;
    this.keepAliveTicks = (int) Math.max(1, keepAlive.toMillis() / Math.max(1, poll.toMillis()));
  }

  /** Where a subscription without Last-Event-ID starts: after everything already final. */
  long now() {
    return horizon.established();
  }

  Multi<OutboundSseEvent> events(SearchFilter filter, long start, Sse sse) {
    Subscriber s = new Subscriber(filter, start, sse);
    Multi<OutboundSseEvent> hello =
        Multi.createFrom().item(sse.newEventBuilder().comment("subscribed").build());
    Multi<OutboundSseEvent> polls =
        Multi.createFrom()
            .ticks()
            .every(poll)
            .onOverflow()
            .drop()
            .emitOn(Infrastructure.getDefaultWorkerPool())
            .onItem()
            .transformToIterable(tick -> s.poll());
    return Multi.createBy().concatenating().streams(hello, polls);
  }

  private final class Subscriber {
    private final SearchFilter filter;
    private final Sse sse;
    private long last;
    private int quietTicks;

    Subscriber(SearchFilter filter, long start, Sse sse) {
      this.filter = filter;
      this.last = start;
      this.sse = sse;
    }

    List<OutboundSseEvent> poll() {
      List<OutboundSseEvent> out = new ArrayList<>();
      try {
        long upto = horizon.current();
        if (upto > last) {
          List<DispatchRow> rows = reader.storedSince(filter, last, upto, BATCH);
          for (DispatchRow row : rows) {
            out.add(event(row));
            last = row.storedSeq();
          }
          if (rows.size() < BATCH) {
            last = upto; // nothing else up to the horizon matches
          }
        }
      } catch (StoreReadException e) {
        LOG.debugf(e, "Stream poll failed; retrying");
      }
      if (out.isEmpty() && ++quietTicks >= keepAliveTicks) {
        quietTicks = 0;
        out.add(sse.newEventBuilder().comment("keep-alive").build());
      } else if (!out.isEmpty()) {
        quietTicks = 0;
      }
      return out;
    }

    private OutboundSseEvent event(DispatchRow row) {
      try {
        return sse.newEventBuilder()
            .id(Long.toString(row.storedSeq()))
            .name("dispatch")
            .data(json.writeValueAsString(DispatchView.of(row)))
            .build();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
