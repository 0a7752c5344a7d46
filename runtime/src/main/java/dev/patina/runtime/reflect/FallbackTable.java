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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table {@link Reflect#of} builds for a type without a generated one: metadata read once from
 * the class file, access through {@link AccessorFactory}'s ByteBuddy classes, built on first use
 * of each member. Only public members of public types are accessible.
 */
final class FallbackTable<T> implements TypeInfo<T> {
  private record Candidate(Class<?>[] parameters, Executable executable) {}

  private final Class<T> type;
  private final Meta.Type meta;
  private final List<Meta.Field> fields = new ArrayList<>();
  private final List<Meta.Component> components = new ArrayList<>();
  private final List<Meta.Constructor> constructors = new ArrayList<>();
  private final List<Meta.Method> methods = new ArrayList<>();
  private final Map<String, Field> accessibleFields = new LinkedHashMap<>();
  private final Map<String, List<Candidate>> accessibleMethods = new LinkedHashMap<>();
  private final List<Candidate> accessibleConstructors = new ArrayList<>();
  private final Map<Object, Accessor> accessors = new ConcurrentHashMap<>();

  static <T> FallbackTable<T> build(Class<T> type) {
    return new FallbackTable<>(type);
  }

  private FallbackTable(Class<T> type) {
    this.type = type;
    boolean open = Modifier.isPublic(type.getModifiers());
    this.meta = new Meta.Type(type.getName(), kind(type), modifiers(type.getModifiers() & ~Modifier.INTERFACE),
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
      fields.add(new Meta.Field(f.getName(), f.getGenericType().getTypeName(), f.getType(),
          modifiers(f.getModifiers()), annotations(f), ok));
      if (ok) {
        accessibleFields.put(f.getName(), f);
      }
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(new Meta.Component(c.getName(), c.getGenericType().getTypeName(), c.getType(), annotations(c)));
      }
    }
    for (var c : type.getDeclaredConstructors()) {
      boolean ok = open && Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers());
      constructors.add(new Meta.Constructor(modifiers(c.getModifiers()), parameters(c),
          Arrays.stream(c.getGenericExceptionTypes()).map(java.lang.reflect.Type::getTypeName).toList(),
          annotations(c), ok));
      if (ok) {
        accessibleConstructors.add(new Candidate(c.getParameterTypes(), c));
      }
    }
    for (var m : type.getDeclaredMethods()) {
      if (m.isSynthetic() || m.isBridge()) {
        continue;
      }
      boolean ok = open && Modifier.isPublic(m.getModifiers());
      Object dv = m.getDefaultValue();
      methods.add(new Meta.Method(m.getName(), m.getGenericReturnType().getTypeName(), m.getReturnType(),
          modifiers(m.getModifiers()), typeParameters(m.getTypeParameters()), parameters(m),
          Arrays.stream(m.getGenericExceptionTypes()).map(java.lang.reflect.Type::getTypeName).toList(),
          dv == null ? null : source(dv), annotations(m), ok));
      if (ok) {
        accessibleMethods.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(new Candidate(m.getParameterTypes(), m));
      }
    }
  }

  @Override public Meta.Type type() { return meta; }
  @Override public Class<T> typeClass() { return type; }
  @Override public List<Meta.Field> fields() { return List.copyOf(fields); }
  @Override public List<Meta.Component> recordComponents() { return List.copyOf(components); }
  @Override public List<Meta.Constructor> constructors() { return List.copyOf(constructors); }
  @Override public List<Meta.Method> methods() { return List.copyOf(methods); }

  @Override
  public List<String> enumConstants() {
    T[] cs = type.getEnumConstants();
    return cs == null ? List.of() : Arrays.stream(cs).map(c -> ((Enum<?>) c).name()).toList();
  }

  @Override
  public Object get(T target, String name) {
    Field f = field(name);
    return accessors.computeIfAbsent(List.of("get", f), k -> AccessorFactory.read(f)).call(target, new Object[0]);
  }

  @Override
  public void set(T target, String name, Object value) {
    Field f = field(name);
    if (Modifier.isFinal(f.getModifiers())) {
      throw ReflectionException.unsupported(type.getName(), "field '" + name + "' is final and cannot be set");
    }
    if (!Args.fits(value, f.getType())) {
      throw ReflectionException.noMatch(type.getName(), name, new Object[] {value}, List.of(f.getType().getName()));
    }
    accessors.computeIfAbsent(List.of("set", f), k -> AccessorFactory.write(f)).call(target, new Object[] {value});
  }

  @Override
  public Object invoke(T target, String name, Object... args) {
    List<Candidate> cs = accessibleMethods.get(name);
    if (cs == null) {
      throw missing("method", name, methods.stream().filter(m -> m.name().equals(name)).anyMatch(m -> !m.accessible()),
          List.copyOf(accessibleMethods.keySet()));
    }
    Candidate c = pick(name, cs, args);
    var m = (java.lang.reflect.Method) c.executable();
    return accessors.computeIfAbsent(m, k -> AccessorFactory.invoke(m)).call(target, args);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T construct(Object... args) {
    if (accessibleConstructors.isEmpty()) {
      throw ReflectionException.unsupported(type.getName(), "has no accessible constructor");
    }
    Candidate c = pick("<init>", accessibleConstructors, args);
    var k = (java.lang.reflect.Constructor<?>) c.executable();
    return (T) accessors.computeIfAbsent(k, x -> AccessorFactory.construct(k)).call(null, args);
  }

  @Override
  public T fromComponents(Object... values) {
    if (!type.isRecord()) {
      throw ReflectionException.unsupported(type.getName(), "is not a record");
    }
    return construct(values);
  }

  private Field field(String name) {
    Field f = accessibleFields.get(name);
    if (f == null) {
      throw missing("field", name, fields.stream().anyMatch(x -> x.name().equals(name)),
          List.copyOf(accessibleFields.keySet()));
    }
    return f;
  }

  private ReflectionException missing(String what, String name, boolean listed, List<String> known) {
    return listed
        ? ReflectionException.inaccessible(type.getName(), what, name,
            "the run-time fallback reaches only public members of public types")
        : ReflectionException.unknown(type.getName(), what, name, known);
  }

  private Candidate pick(String name, List<Candidate> cs, Object[] args) {
    for (Candidate c : cs) {
      if (c.parameters().length == args.length && fitsAll(c.parameters(), args)) {
        return c;
      }
    }
    throw ReflectionException.noMatch(type.getName(), name, args, cs.stream()
        .map(c -> Arrays.stream(c.parameters()).map(Class::getName).toList().toString()
            .replace('[', '(').replace(']', ')'))
        .toList());
  }

  private static boolean fitsAll(Class<?>[] ps, Object[] args) {
    for (int i = 0; i < ps.length; i++) {
      if (!Args.fits(args[i], ps[i])) {
        return false;
      }
    }
    return true;
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
      case Object[] a -> Arrays.stream(a).map(FallbackTable::source).toList().toString()
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
