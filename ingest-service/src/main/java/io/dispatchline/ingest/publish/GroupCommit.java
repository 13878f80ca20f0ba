package io.dispatchline.ingest.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Group commit: callers that arrive while a commit is running wait, and the next commit takes all
 * of them at once. One caller's work is never split across commits, and each caller returns only
 * once the commit holding its work has finished (or throws that commit's failure). Nobody waits for
 * a timer: a lone caller commits alone and at once; under load a group forms by itself from those
 * who queued during the previous commit, so the cost of a commit is shared by everyone in it.
 *
 * <p>The commit runs on the thread of one of the waiting callers (the first to get the lock), so no
 * thread of its own is needed; that caller commits what is queued ahead of it and with it, and
 * leaves as soon as its own work is committed.
 *
 * @param <T> one caller's unit of work, e.g. one document's records
 */
final class GroupCommit<T> {

  private final Lock lock;
  private final int maxWeight;
  private final Consumer<List<T>> commit;
  private final Predicate<RuntimeException> retryAlone;
  private final Queue<Waiting<T>> queue = new ConcurrentLinkedQueue<>();

  /**
   * @param lock held while committing; other commits that must not overlap take it too
   * @param maxWeight a group stops growing once its weight reaches this (a heavier single item
   *     still commits, alone)
   * @param commit commits the items of one group together, all or nothing; throws if it did not
   * @param retryAlone whether a group's failure may be one item's fault (say, a record the broker
   *     refuses): then each item is committed again on its own, so only the bad one fails. False
   *     for failures that would only repeat for each (an outage), where retrying costs a timeout
   *     per item.
   */
  GroupCommit(
      Lock lock, int maxWeight, Consumer<List<T>> commit, Predicate<RuntimeException> retryAlone) {
    if (maxWeight < 1) {
      throw new IllegalArgumentException("maxWeight must be at least 1, was " + maxWeight);
    }
    this.lock = lock;
    this.maxWeight = maxWeight;
    this.commit = commit;
    this.retryAlone = retryAlone;
  }

  /**
   * Commits the item, possibly together with others; returns once it is committed.
   *
   * @param weight the item's share of {@code maxWeight}, e.g. its number of records
   * @throws RuntimeException the failure of the commit that held the item; none of the group's
   *     items is committed then
   */
  void submit(T item, int weight) {
    Waiting<T> mine = new Waiting<>(item, weight);
    queue.add(mine);
    lock.lock();
    try {
      // Earlier callers are ahead in the queue; the loop ends once a group has carried ours.
      while (!mine.done) {
        commitGroup(nextGroup());
      }
    } finally {
      lock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  private List<Waiting<T>> nextGroup() {
    List<Waiting<T>> group = new ArrayList<>();
    int weight = 0;
    for (Waiting<T> next = queue.peek();
        next != null && (group.isEmpty() || weight + next.weight <= maxWeight);
        next = queue.peek()) {
      group.add(queue.poll());
      weight += next.weight;
    }
    return group;
  }

  private void commitGroup(List<Waiting<T>> group) {
    RuntimeException failure = tryCommit(group);
    if (failure != null && group.size() > 1 && retryAlone.test(failure)) {
      for (Waiting<T> w : group) {
        finish(List.of(w), tryCommit(List.of(w)));
      }
    } else {
      finish(group, failure);
    }
  }

  private RuntimeException tryCommit(List<Waiting<T>> group) {
    try {
      commit.accept(group.stream().map(w -> w.item).toList());
      return null;
    } catch (RuntimeException e) {
      return e;
    } catch (Error e) {
      // Every caller of the group must still be answered, or the others would wait forever.
      return new IllegalStateException("the commit failed: " + e, e);
    }
  }

  private static <T> void finish(List<Waiting<T>> group, RuntimeException failure) {
    for (Waiting<T> w : group) {
      w.failure = failure;
      w.done = true; // read by its caller after it takes the lock, which orders the writes
    }
  }

  private static final class Waiting<T> {
    final T item;
    final int weight;
    boolean done;
    RuntimeException failure;

    Waiting(T item, int weight) {
      this.item = item;
      this.weight = weight;
    }
  }
}
