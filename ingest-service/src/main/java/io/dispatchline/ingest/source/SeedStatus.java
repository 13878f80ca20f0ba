package io.dispatchline.ingest.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** How the start-up seeding went, for health and for whoever waits on it. */
@ApplicationScoped
public class SeedStatus {

  /** State of the seeding at one moment. */
  public record State(boolean done, int files, int dispatches, String error) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State(false, 0, 0, null));

  void finished(int files, int dispatches) {
    state.set(new State(true, files, dispatches, null));
  }

  void failed(String error) {
    state.set(new State(true, 0, 0, error));
  }

  public State state() {
    return state.get();
  }
}
