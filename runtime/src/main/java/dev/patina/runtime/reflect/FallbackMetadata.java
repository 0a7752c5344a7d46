package dev.patina.runtime.reflect;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's metadata read once through {@code java.lang.reflect}, for {@link FallbackTable}, with
 * the reflective objects of the members the fallback can reach (public members of public types).
 */
final class FallbackMetadata {
  final Meta.Type type;
  final List<Meta.Field> fields = new ArrayList<>();
  final List<Meta.Component> components = new ArrayList<>();
  final List<String> enumConstants;
  final List<Meta.Constructor> constructors = new ArrayList<>();
  final List<Meta.Method> methods = new ArrayList<>();
  /** Accessible fields by name, with their metadata. */
  final Map<String, Map.Entry<Field, Meta.Field>> accessibleFields = new LinkedHashMap<>();
  /** Accessible methods by name, in the JVM's order, with their metadata. */
  final Map<String, List<Map.Entry<java.lang.reflect.Method, Meta.Method>>> accessibleMethods = new LinkedHashMap<>();
  final List<Map.Entry<java.lang.reflect.Constructor<?>, Meta.Constructor>> accessibleConstructors = new ArrayList<>();

  FallbackMetadata(Class<?> type) {
    boolean open = Modifier.isPublic(type.getModifiers());
    this.type = new Meta.Type(type.getName(), kind(type), modifiers(type.getModifiers() & ~Modifier.INTERFACE),
        typeParameters(type.getTypeParameters()),
        type.getGenericSuperclass() == null ? null : type.getGenericSuperclass().getTypeName(),
        type.getSuperclass(),
        Arrays.stream(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).toList(),
        List.of(type.getInterfaces()), annotations(type));
    for (Field f : type.getDeclaredFields()) {
      if (f.isSynthetic()) {
        continue;
      }
      boolean ok = open && Modifier.isPublic(f.getModifiers());
      Meta.Field m = new Meta.Field(f.getName(), f.getGenericType().getTypeName(), f.getType(),
          modifiers(f.getModifiers()), annotations(f), ok);
      fields.add(m);
      if (ok) {
        accessibleFields.put(f.getName(), Map.entry(f, m));
      }
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(new Meta.Component(c.getName(), c.getGenericType().getTypeName(), c.getType(), annotations(c)));
      }
    }
    Object[] constants = type.getEnumConstants();
    enumConstants = constants == null ? List.of() : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    for (var c : type.getDeclaredConstructors()) {
      boolean ok = open && Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers());
      Meta.Constructor m = new Meta.Constructor(modifiers(c.getModifiers()), parameters(c),
          Arrays.stream(c.getGenericExceptionTypes()).map(java.lang.reflect.Type::getTypeName).toList(),
          annotations(c), ok);
      constructors.add(m);
      if (ok) {
        accessibleConstructors.add(Map.entry(c, m));
      }
    }
    for (var method : type.getDeclaredMethods()) {
      if (method.isSynthetic() || method.isBridge()) {
        continue;
      }
      boolean ok = open && Modifier.isPublic(method.getModifiers());
      Object dv = method.getDefaultValue();
      Meta.Method m = new Meta.Method(method.getName(), method.getGenericReturnType().getTypeName(),
          method.getReturnType(), modifiers(method.getModifiers()), typeParameters(method.getTypeParameters()),
          parameters(method),
          Arrays.stream(method.getGenericExceptionTypes()).map(java.lang.reflect.Type::getTypeName).toList(),
          dv == null ? null : source(dv), annotations(method), ok);
      methods.add(m);
      if (ok) {
        accessibleMethods.computeIfAbsent(method.getName(), k -> new ArrayList<>()).add(Map.entry(method, m));
      }
    }
  }

  private static Kind kind(Class<?> t) {
    if (t.isAnnotation()) return Kind.ANNOTATION;
    if (t.isInterface()) return Kind.INTERFACE;
    if (t.isEnum()) return Kind.ENUM;
    if (t.isRecord()) return Kind.RECORD;
    return Kind.CLASS;
  }

  private static List<String> modifiers(int mods) {
    String s = Modifier.toString(mods);
    return s.isEmpty() ? List.of() : List.of(s.split(" "));
  }

  private static List<Meta.TypeParameter> typeParameters(TypeVariable<?>[] vs) {
    return Arrays.stream(vs).map(v -> new Meta.TypeParameter(v.getName(),
        Arrays.stream(v.getBounds()).map(java.lang.reflect.Type::getTypeName)
            .filter(b -> !b.equals("java.lang.Object")).toList())).toList();
  }

  private static List<Meta.Parameter> parameters(Executable e) {
    var ps = e.getParameters();
    var gs = e.getGenericParameterTypes();
    List<Meta.Parameter> out = new ArrayList<>();
    for (int i = 0; i < ps.length; i++) {
      String g = gs.length == ps.length ? gs[i].getTypeName() : ps[i].getType().getTypeName();
      out.add(new Meta.Parameter(ps[i].getName(), g, ps[i].getType(), annotations(ps[i])));
    }
    return out;
  }

  private static List<Meta.Annotation> annotations(AnnotatedElement e) {
    List<Meta.Annotation> out = new ArrayList<>();
    for (var a : e.getDeclaredAnnotations()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (var m : a.annotationType().getDeclaredMethods()) {
        try {
          values.put(m.getName(), source(m.invoke(a)));
        } catch (ReflectiveOperationException | RuntimeException ex) {
          values.put(m.getName(), "<unreadable: " + ex + ">");
        }
      }
      out.add(new Meta.Annotation(a.annotationType().getName(), values));
    }
    return out;
  }

  private static String source(Object v) {
    return switch (v) {
      case String s -> '"' + s + '"';
      case Character c -> "'" + c + "'";
      case Long l -> l + "L";
      case Float f -> f + "f";
      case Class<?> c -> c.getName() + ".class";
      case Enum<?> e -> e.getDeclaringClass().getName() + "." + e.name();
      case Object[] a -> Arrays.stream(a).map(FallbackMetadata::source).toList().toString()
          .replace('[', '{').replace(']', '}');
      default -> v.getClass().isArray() ? arrayOfPrimitives(v) : String.valueOf(v);
    };
  }

  private static String arrayOfPrimitives(Object array) {
    int n = java.lang.reflect.Array.getLength(array);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(String.valueOf(java.lang.reflect.Array.get(array, i)));
    }
    return "{" + String.join(", ", items) + "}";
  }
}
