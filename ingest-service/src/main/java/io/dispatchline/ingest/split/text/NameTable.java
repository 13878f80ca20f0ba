package io.dispatchline.ingest.split.text;

/**
 * Names keyed by their tokens joined by single spaces ("U N" for "U.N."), looked up straight from a
 * run of {@link Tokens} without building the key: the hot loop of mention finding allocates
 * nothing. Open addressing with linear probing; filled once, then read-only and thread-safe. A
 * slot's hash and key length share one {@code long}, so a probe reads one array until a key's hash
 * and length both match (0: an empty slot, since no key is empty).
 *
 * @param <V> what a name maps to
 */
public final class NameTable<V> {
  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private long[] meta = new long[64];
  private int size;

  /** Adds {@code key} (tokens joined by single spaces) unless present; returns the value held. */
  public V putIfAbsent(String key, V value) {
    return put(key, value, false);
  }

  /** Sets the value of {@code key}. */
  public void put(String key, V value) {
    put(key, value, true);
  }

  /** The value of {@code key} (tokens joined by single spaces), or null. */
  @SuppressWarnings("unchecked")
  public V get(String key) {
    int h = key.hashCode();
    long want = meta(h, key.length());
    int slot = slot(h, keys.length);
    for (long m; (m = meta[slot]) != 0; ) {
      if (m == want && keys[slot].equals(key)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private V put(String key, V value, boolean replace) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a name table key may not be empty");
    }
    if (4 * (size + 1) > keys.length) { // sparse: lookups mostly miss, and misses stop at a gap
      grow();
    }
    int h = key.hashCode();
    int slot = slot(h, keys.length);
    while (keys[slot] != null) {
      if (meta[slot] == meta(h, key.length()) && keys[slot].equals(key)) {
        V old = (V) values[slot];
        if (replace) {
          values[slot] = value;
        }
        return old;
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    values[slot] = value;
    meta[slot] = meta(h, key.length());
    size++;
    return null;
  }

  /** The value of the name made of tokens [from, from + count) of {@code t}, or null. */
  @SuppressWarnings("unchecked")
  public V get(Tokens t, int from, int count) {
    // The hash of "A B" from the cached token hashes: h(A) * 31^(|B|+1) + ' ' * 31^|B| + h(B).
    int h = t.hash(from);
    int length = t.length(from);
    for (int k = from + 1; k < from + count; k++) {
      int len = t.length(k);
      h = (h * 31 + ' ') * pow31(len) + t.hash(k);
      length += 1 + len;
    }
    long want = meta(h, length);
    int slot = slot(h, keys.length);
    for (long m; (m = meta[slot]) != 0; ) {
      if (m == want && matches(keys[slot], t, from, count)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return null;
  }

  /** Calls {@code action} with each key and value. */
  @SuppressWarnings("unchecked")
  void forEach(java.util.function.BiConsumer<String, V> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], (V) values[i]);
      }
    }
  }

  /** The value of a one-word name, without a copy of the word. */
  public V get(Tokens t, int i) {
    return get(t, i, 1);
  }

  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
  }

  private static int pow31(int n) {
    if (n < POW31.length) {
      return POW31[n];
    }
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  private static long meta(int hash, int length) {
    return ((long) hash << 32) | length;
  }

  /** Spreads String hash codes (murmur3's finaliser): their low bits alone cluster. */
  private static int slot(int h, int capacity) {
    int x = h * 0x85ebca6b;
    x ^= x >>> 13;
    x *= 0xc2b2ae35;
    x ^= x >>> 16;
    return x & (capacity - 1);
  }

  private static boolean matches(String key, Tokens t, int from, int count) {
    int p = 0;
    for (int k = from; k < from + count; k++) {
      if (k > from && key.charAt(p++) != ' ') {
        return false;
      }
      int len = t.length(k);
      if (!key.regionMatches(p, t.text(), t.start(k), len)) {
        return false;
      }
      p += len;
    }
    return true;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    long[] oldMeta = meta;
    int capacity = keys.length * 2;
    keys = new String[capacity];
    values = new Object[capacity];
    meta = new long[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot((int) (oldMeta[i] >>> 32), capacity);
        while (keys[slot] != null) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        meta[slot] = oldMeta[i];
      }
    }
  }
}
