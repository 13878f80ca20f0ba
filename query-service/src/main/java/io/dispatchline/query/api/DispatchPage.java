package io.dispatchline.query.api;

import java.util.List;

/** One page of dispatches; {@code next} is the cursor of the following page, or null. */
public record DispatchPage(List<DispatchView> items, String next) {}
