package io.dispatchline.query.api;

import io.dispatchline.query.store.DispatchRow;
import io.dispatchline.query.store.SearchFilter;
import io.dispatchline.query.store.SortOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Keyset position after the last item of a page, opaque to clients: base64url of a version, the
 * sort, a hash of the filters it was issued for, and the sort key values of the last row. A cursor
 * used with another sort or other filters is rejected rather than silently misread.
 */
record PageCursor(SortOrder sort, String filterHash, List<String> keys) {

  private static final String VERSION = "c1";

  static PageCursor after(SortOrder sort, SearchFilter filter, DispatchRow last) {
    return after(sort, filter, last, null);
  }

  /**
   * {@code window}: for RELEVANCE, the top of the candidate window ({@code [date key, id]}) the
   * page was ranked in; the cursor carries it, so that later pages rank the same candidates.
   */
  static PageCursor after(
      SortOrder sort, SearchFilter filter, DispatchRow last, List<String> window) {
    List<String> keys =
        switch (sort) {
          case DATE ->
              List.of(last.date() == null ? "-infinity" : last.date().toString(), last.id());
          case RELEVANCE ->
              window == null
                  ? List.of(Float.toString(last.rank()), last.id())
                  : List.of(Float.toString(last.rank()), last.id(), window.get(0), window.get(1));
          case DOCUMENT ->
              List.of(
                  last.ingestedAt().toString(),
                  last.documentId(),
                  Integer.toString(last.sequence()));
        };
    return new PageCursor(sort, hash(filter), keys);
  }

  String encode() {
    String raw = VERSION + "\n" + sort.name() + "\n" + filterHash + "\n" + String.join("\n", keys);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a cursor issued for this sort and these filters, or throws {@link
   * BadParameterException} naming {@code cursor}.
   */
  static PageCursor decode(String cursor, SortOrder sort, SearchFilter filter) {
    PageCursor c;
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", -1);
      if (parts.length < 4 || !VERSION.equals(parts[0])) {
        throw new IllegalArgumentException("not a cursor");
      }
      SortOrder cursorSort = SortOrder.valueOf(parts[1]);
      List<String> keys = Arrays.asList(parts).subList(3, parts.length);
      checkKeys(cursorSort, keys);
      c = new PageCursor(cursorSort, parts[2], List.copyOf(keys));
    } catch (RuntimeException e) {
      throw new BadParameterException("cursor", "is not a cursor this API returned");
    }
    if (c.sort != sort || !c.filterHash.equals(hash(filter))) {
      throw new BadParameterException(
          "cursor", "was issued for another sort or other filters; start again without it");
    }
    return c;
  }

  /** Every key is parsed here, so that nothing malformed reaches a cast in SQL. */
  private static void checkKeys(SortOrder sort, List<String> keys) {
    switch (sort) {
      case DATE -> {
        require(keys.size() == 2);
        if (!"-infinity".equals(keys.get(0))) {
          LocalDate.parse(keys.get(0));
        }
      }
      case RELEVANCE -> {
        // rank, id, and since the candidate window: its top (date key, id)
        require(keys.size() == 2 || keys.size() == 4);
        float rank = Float.parseFloat(keys.get(0));
        require(Float.isFinite(rank));
        if (keys.size() == 4 && !"-infinity".equals(keys.get(2))) {
          LocalDate.parse(keys.get(2));
        }
      }
      case DOCUMENT -> {
        require(keys.size() == 3);
        Instant.parse(keys.get(0));
        Integer.parseInt(keys.get(2));
      }
    }
    keys.forEach(k -> require(k.indexOf('\0') < 0));
  }

  private static void require(boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException("malformed cursor");
    }
  }

  static String hash(SearchFilter filter) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(filter.canonical().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
