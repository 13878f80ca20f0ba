package io.dispatchline.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final List<List<String>> commits = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> committed = ConcurrentHashMap.newKeySet();
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final CountDownLatch firstCommitRunning = new CountDownLatch(1);
  private final CountDownLatch releaseFirst = new CountDownLatch(1);
  private Future<?> first;

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  /** Records each group, then lets {@code during} run inside the commit (to block or fail it). */
  private Consumer<List<String>> recording(Consumer<List<String>> during) {
    return items -> {
      commits.add(List.copyOf(items));
      during.accept(items);
      committed.addAll(items);
    };
  }

  /**
   * A group commit whose first commit, of the item "first", holds the lock until {@link
   * #releaseFirstAndJoin} so that later callers queue; {@code commit} runs for every group.
   */
  private GroupCommit<String> heldByFirst(
      int maxWeight, Consumer<List<String>> commit, Predicate<RuntimeException> retryAlone) {
    GroupCommit<String> group =
        new GroupCommit<>(
            lock,
            maxWeight,
            items -> {
              if (items.contains("first")) {
                firstCommitRunning.countDown();
                await(releaseFirst);
              }
              commit.accept(items);
            },
            retryAlone);
    first = callers.submit(() -> group.submit("first", 1));
    await(firstCommitRunning);
    return group;
  }

  private void releaseFirstAndJoin(List<Future<?>> later) throws Exception {
    releaseFirst.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (Future<?> f : later) {
      f.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aLoneCallerCommitsAloneAndAtOnce() {
    GroupCommit<String> group = new GroupCommit<>(lock, 10, recording(items -> {}), e -> true);

    group.submit("a", 1);

    assertThat(commits).containsExactly(List.of("a"));
    assertThat(committed).containsExactly("a");
  }

  @Test
  void callersArrivingDuringACommitShareTheNextOne() throws Exception {
    GroupCommit<String> group = heldByFirst(10, recording(items -> {}), e -> true);

    List<Future<?>> later = new ArrayList<>();
    for (String item : List.of("b", "c", "d", "e")) {
      later.add(callers.submit(() -> group.submit(item, 1)));
    }
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lock.getQueueLength() == 4);
    releaseFirstAndJoin(later);

    assertThat(commits).hasSize(2);
    assertThat(commits.get(0)).containsExactly("first");
    assertThat(commits.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e");
  }

  @Test
  void aGroupStopsGrowingAtItsWeightAndAHeavierItemGoesAlone() throws Exception {
    GroupCommit<String> group = heldByFirst(5, recording(items -> {}), e -> true);

    // Queued in this order: 3 + 2 fill one group, the heavy one is over the limit by itself.
    List<Future<?>> later = new ArrayList<>();
    later.add(submitQueued(group, "three", 3, 1));
    later.add(submitQueued(group, "two", 2, 2));
    later.add(submitQueued(group, "heavy", 9, 3));
    later.add(submitQueued(group, "one", 1, 4));
    releaseFirstAndJoin(later);

    assertThat(commits)
        .containsExactly(
            List.of("first"), List.of("three", "two"), List.of("heavy"), List.of("one"));
  }

  @Test
  void everyCallerReturnsOnlyOnceItsOwnItemIsCommitted() throws Exception {
    GroupCommit<String> group =
        new GroupCommit<>(lock, 7, recording(items -> pause(Duration.ofMillis(2))), e -> true);
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String item = "item-" + i;
      all.add(
          callers.submit(
              () -> {
                group.submit(item, 1);
                // Checked on the caller's thread, right after it returns.
                assertThat(committed).contains(item);
              }));
    }
    for (Future<?> f : all) {
      f.get(30, TimeUnit.SECONDS);
    }

    List<String> flat = commits.stream().flatMap(List::stream).toList();
    assertThat(flat).hasSize(200).doesNotHaveDuplicates();
    assertThat(commits).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(7));
    assertThat(commits.size()).as("commits for 200 concurrent callers").isLessThan(200);
  }

  @Test
  void aGroupThatMayHoldOneBadItemIsRetriedItemByItemSoOnlyTheBadOneFails() throws Exception {
    List<String> outcomes = runGroupWithOneBadItem(e -> true);

    assertThat(outcomes).containsExactlyInAnyOrder("b ok", "bad failed: refused bad", "d ok");
    assertThat(committed).containsExactlyInAnyOrder("first", "b", "d");
  }

  @Test
  void aGroupFailingForEveryItemFailsEveryCallerWithoutRetrying() throws Exception {
    List<String> outcomes = runGroupWithOneBadItem(e -> false);

    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            "b failed: refused bad", "bad failed: refused bad", "d failed: refused bad");
    assertThat(committed).containsExactly("first");
    assertThat(commits).hasSize(2);
  }

  @Test
  void anErrorInACommitStillAnswersEveryCallerOfTheGroup() throws Exception {
    GroupCommit<String> group =
        heldByFirst(
            10,
            recording(
                items -> {
                  if (items.contains("b")) {
                    throw new AssertionError("broken commit");
                  }
                }),
            e -> false);
    List<String> outcomes = queueAndRelease(group, List.of("b", "c"));

    assertThat(outcomes)
        .hasSize(2)
        .allSatisfy(o -> assertThat(o).contains("failed: the commit failed").contains("broken"));
  }

  @Test
  void weightBelowOneIsRefused() {
    assertThatThrownBy(() -> new GroupCommit<String>(lock, 0, items -> {}, e -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  /** "first" commits alone while b, bad and d queue; the group holding "bad" fails. */
  private List<String> runGroupWithOneBadItem(Predicate<RuntimeException> retry) throws Exception {
    GroupCommit<String> group =
        heldByFirst(
            10,
            recording(
                items -> {
                  if (items.contains("bad")) {
                    throw new IllegalStateException("refused bad");
                  }
                }),
            retry);
    return queueAndRelease(group, List.of("b", "bad", "d"));
  }

  /**
   * Submits each item from its own caller, queued in this order behind "first", then releases
   * "first"; returns each caller's outcome ({@code "<item> ok"} or {@code "<item> failed: ..."}).
   */
  private List<String> queueAndRelease(GroupCommit<String> group, List<String> items)
      throws Exception {
    List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> later = new ArrayList<>();
    int queued = 0;
    for (String item : items) {
      Runnable caller =
          () -> {
            try {
              group.submit(item, 1);
              outcomes.add(item + " ok");
            } catch (IllegalStateException e) {
              outcomes.add(item + " failed: " + e.getMessage());
            }
          };
      later.add(submitQueued(caller, ++queued));
    }
    releaseFirstAndJoin(later);
    return outcomes;
  }

  private Future<?> submitQueued(GroupCommit<String> group, String item, int weight, int queued) {
    return submitQueued(() -> group.submit(item, weight), queued);
  }

  /** Runs a new caller and waits until it queues behind the running commit. */
  private Future<?> submitQueued(Runnable caller, int queued) {
    Future<?> f = callers.submit(caller);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lock.getQueueLength() == queued);
    return f;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released in 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
