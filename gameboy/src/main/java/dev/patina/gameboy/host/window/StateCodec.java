package dev.patina.gameboy.host.window;

import dev.patina.gameboy.core.state.NotState;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and restores the state of the core's object graph: every instance field of every core
 * object reachable from the machine, in a fixed order (classes by name, fields by name), except
 * {@link NotState} fields and final primitives (which are configuration). Restoring writes into
 * the existing objects, so final arrays are refilled rather than replaced, and a state from a
 * different build of the core is refused by its class and field names, not misread.
 */
final class StateCodec {

  private static final String CORE = "dev.patina.gameboy.core.";

  private StateCodec() {}

  static void write(Object root, DataOutputStream out) throws IOException {
    walk(root, new IdentityHashMap<>(), new Visitor() {
      @Override
      public void begin(Object o) throws IOException {
        out.writeUTF(o.getClass().getName());
      }

      @Override
      public void field(Object o, Field f) throws IOException, IllegalAccessException {
        out.writeUTF(f.getName());
        Object v = f.get(o);
        if (f.getType().isArray()) {
          int n = Array.getLength(v);
          out.writeInt(n);
          for (int i = 0; i < n; i++) {
            writePrimitive(out, Array.get(v, i));
          }
        } else {
          writePrimitive(out, v);
        }
      }
    });
  }

  /**
   * Reads a state into the graph at {@code root}; with {@code apply} false it only checks that the
   * state fits the graph, leaving every field as it was.
   */
  static void read(Object root, DataInputStream in, boolean apply) throws IOException {
    walk(root, new IdentityHashMap<>(), new Visitor() {
      @Override
      public void begin(Object o) throws IOException {
        String name = in.readUTF();
        if (!name.equals(o.getClass().getName())) {
          throw new IOException("the state holds a " + name + " where this machine has a " + o.getClass().getName());
        }
      }

      @Override
      public void field(Object o, Field f) throws IOException, IllegalAccessException {
        String name = in.readUTF();
        if (!name.equals(f.getName())) {
          throw new IOException("the state was saved by another version of the emulator (field " + name + ", expected " + f.getName() + ")");
        }
        if (f.getType().isArray()) {
          Object array = f.get(o);
          int n = in.readInt();
          if (n != Array.getLength(array)) {
            throw new IOException(f.getDeclaringClass().getSimpleName() + "." + name + " has " + n + " entries in the state, not " + Array.getLength(array));
          }
          for (int i = 0; i < n; i++) {
            Object value = readPrimitive(in, f.getType().getComponentType());
            if (apply) {
              Array.set(array, i, value);
            }
          }
        } else {
          Object value = readPrimitive(in, f.getType());
          if (apply) {
            f.set(o, value);
          }
        }
      }
    });
  }

  private interface Visitor {
    void begin(Object o) throws IOException;

    void field(Object o, Field f) throws IOException, IllegalAccessException;
  }

  private static void walk(Object o, Map<Object, Boolean> seen, Visitor v) throws IOException {
    if (o == null || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    v.begin(o);
    try {
      for (Field f : stateFields(o.getClass())) {
        Class<?> t = f.getType();
        if (t.isPrimitive() || (t.isArray() && t.getComponentType().isPrimitive())) {
          v.field(o, f);
        } else if (t.isArray()) {
          for (Object element : (Object[]) f.get(o)) {
            walk(element, seen, v);
          }
        } else {
          walk(f.get(o), seen, v);
        }
      }
    } catch (IllegalAccessException e) {
      throw new IOException("cannot reach a field of " + o.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  private static List<Field> stateFields(Class<?> c) {
    List<Field> fields = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      int mod = f.getModifiers();
      Class<?> t = f.getType();
      boolean coreType = t.getName().startsWith(CORE)
          || (t.isArray() && t.getComponentType().getName().startsWith(CORE));
      boolean primitiveData = t.isPrimitive() || (t.isArray() && t.getComponentType().isPrimitive());
      if (Modifier.isStatic(mod) || f.isAnnotationPresent(NotState.class) || f.isSynthetic()
          || (t.isPrimitive() && Modifier.isFinal(mod)) || !(coreType || primitiveData)) {
        continue;
      }
      f.setAccessible(true);
      fields.add(f);
    }
    fields.sort(Comparator.comparing(Field::getName));
    return fields;
  }

  private static void writePrimitive(DataOutputStream out, Object v) throws IOException {
    switch (v) {
      case Integer i -> out.writeInt(i);
      case Long l -> out.writeLong(l);
      case Boolean b -> out.writeBoolean(b);
      case Byte b -> out.writeByte(b);
      case Short s -> out.writeShort(s);
      case Character ch -> out.writeChar(ch);
      case Double d -> out.writeDouble(d);
      case Float fl -> out.writeFloat(fl);
      default -> throw new IOException("cannot save a " + v.getClass());
    }
  }

  private static Object readPrimitive(DataInputStream in, Class<?> t) throws IOException {
    if (t == int.class) {
      return in.readInt();
    } else if (t == long.class) {
      return in.readLong();
    } else if (t == boolean.class) {
      return in.readBoolean();
    } else if (t == byte.class) {
      return in.readByte();
    } else if (t == short.class) {
      return in.readShort();
    } else if (t == char.class) {
      return in.readChar();
    } else if (t == double.class) {
      return in.readDouble();
    } else if (t == float.class) {
      return in.readFloat();
    }
    throw new IOException("cannot restore a " + t);
  }
}
