package io.dispatchline.containers;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields a typed Kubernetes model did not know. The fabric8 and Strimzi models keep
 * unknown YAML keys in {@code getAdditionalProperties()} instead of failing; any such key is a
 * misspelled or misplaced field, which a cluster would reject or silently ignore.
 */
final class UnknownFields {

  private final List<String> found = new ArrayList<>();
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();

  private UnknownFields() {}

  /** Paths such as {@code spec.template.spec.containers[0].livnessProbe}, none when all known. */
  static List<String> in(Object resource) {
    UnknownFields walker = new UnknownFields();
    walker.walk(resource, "");
    return walker.found;
  }

  private void walk(Object value, String path) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k));
      return;
    }
    if (!isModel(value.getClass())) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() > 0
          || Modifier.isStatic(getter.getModifiers())
          || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
        continue;
      }
      Object child = invoke(getter, value);
      if (getter.getName().equals("getAdditionalProperties") && child instanceof Map<?, ?> extra) {
        extra.keySet().forEach(k -> found.add(path.isEmpty() ? k.toString() : path + "." + k));
      } else {
        walk(child, path.isEmpty() ? field(getter) : path + "." + field(getter));
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    String name = type.getName();
    return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.strimzi.api");
  }

  private static String field(Method getter) {
    String name = getter.getName().replaceFirst("^(get|is)", "");
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null; // not a plain property
    }
  }
}
