package dev.patina.runtime.reflect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Finds a type's {@link TypeInfo}: the table the {@code @Reflect} processor generated, listed in
 * {@value #INDEX} (each line {@code binary.Name=generated.TableName}), or, for a type without one,
 * an accessor built at run time with ByteBuddy. Results are cached per class; thread-safe.
 */
public final class Reflect {
  /** The resource the processor writes, one per compilation. */
  public static final String INDEX = "META-INF/patina/reflect.index";

  /** Weak keys: a class loader that goes away (a plugin, a test's compilation) takes its index along. */
  private static final Map<ClassLoader, Map<String, String>> INDEXES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final ClassValue<TypeInfo<?>> TABLES = new ClassValue<>() {
    @Override
    protected TypeInfo<?> computeValue(Class<?> type) {
      return lookUp(type);
    }
  };

  private Reflect() {}

  /** The reflection table of {@code type}, generated or built at run time. */
  @SuppressWarnings("unchecked") // the cache maps each class to a table for that class
  public static <T> TypeInfo<T> of(Class<T> type) {
    return (TypeInfo<T>) TABLES.get(type);
  }

  /** True if {@code type} has a table generated at compile time (else {@link #of} builds one). */
  public static boolean isGenerated(Class<?> type) {
    return generatedName(type) != null;
  }

  private static String generatedName(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return null;
    }
    return INDEXES.computeIfAbsent(loader, Reflect::readIndex).get(type.getName());
  }

  private static TypeInfo<?> lookUp(Class<?> type) {
    String table = generatedName(type);
    if (table == null) {
      return FallbackTable.build(type);
    }
    try {
      Class<?> generated = Class.forName(table, true, type.getClassLoader());
      return (TypeInfo<?>) generated.getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new ReflectionException(
          INDEX + " names " + table + " for " + type.getName() + " but it cannot be loaded: " + e, e);
    }
  }

  private static Map<String, String> readIndex(ClassLoader loader) {
    Map<String, String> index = new HashMap<>();
    try {
      Enumeration<URL> urls = loader.getResources(INDEX);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
              index.putIfAbsent(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return Map.copyOf(index);
  }
}
