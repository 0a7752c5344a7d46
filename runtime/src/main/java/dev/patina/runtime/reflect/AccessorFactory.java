package dev.patina.runtime.reflect;

import static net.bytebuddy.matcher.ElementMatchers.named;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.Duplication;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.TypeCreation;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.constant.NullConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.jar.asm.ClassWriter;

/**
 * Builds the fallback's accessors with ByteBuddy: for each member a subclass of {@link
 * FieldAccessor}, {@link MethodInvoker} or {@link ConstructorInvoker} whose methods are direct
 * bytecode ({@code GETFIELD}, {@code INVOKEVIRTUAL}, {@code NEW}), the primitive ones without
 * boxing, as the generated tables' accessor classes are. No reflective call per access.
 */
final class AccessorFactory {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String PACKAGE = "dev.patina.runtime.reflect.fallback.";
  private static final TypeDescription.Generic OBJECT = generic(Object.class);

  private AccessorFactory() {}

  /** {@code get} and, for a primitive field, {@code getLong}...; {@code write} and {@code setLong}... unless final. */
  static <T> FieldAccessor<T> field(String owner, Field f, Meta.Field meta) {
    FieldDescription d = new FieldDescription.ForLoadedField(f);
    Class<?> type = f.getType();
    DynamicType.Builder<?> b = subclass(FieldAccessor.class, "Field")
        .method(named("get")).intercept(body(receiver(f), FieldAccess.forField(d).read(), box(type),
            MethodReturn.REFERENCE));
    if (type.isPrimitive()) {
      b = b.method(named("get" + capitalized(type))).intercept(body(receiver(f), FieldAccess.forField(d).read(),
          MethodReturn.of(TypeDescription.ForLoadedType.of(type))));
    }
    if (!Modifier.isFinal(f.getModifiers())) {
      b = b.method(named("accepts")).intercept(new TypeChecks(false, new Class<?>[] {type}))
          .method(named("write")).intercept(body(receiver(f), MethodVariableAccess.REFERENCE.loadFrom(2),
          unbox(type), FieldAccess.forField(d).write(), MethodReturn.VOID));
      if (type.isPrimitive()) {
        b = b.method(named("set" + capitalized(type))).intercept(body(receiver(f),
            MethodVariableAccess.of(TypeDescription.ForLoadedType.of(type)).loadFrom(2),
            FieldAccess.forField(d).write(), MethodReturn.VOID));
      }
    }
    return instantiate(b, f.getDeclaringClass(), new Class<?>[] {String.class, Meta.Field.class}, owner, meta);
  }

  /** {@code call} (boxed) and, for a primitive return type, {@code callLong}... (unboxed). */
  static <T> MethodInvoker<T> method(String owner, Method m, Meta.Method meta) {
    Class<?> ret = m.getReturnType();
    DynamicType.Builder<?> b = subclass(MethodInvoker.class, "Method")
        .method(named("accepts")).intercept(new TypeChecks(true, m.getParameterTypes()))
        .method(named("call")).intercept(body(call(m),
            ret == void.class ? NullConstant.INSTANCE : box(ret), MethodReturn.REFERENCE));
    if (ret.isPrimitive() && ret != void.class) {
      b = b.method(named("call" + capitalized(ret))).intercept(body(call(m),
          MethodReturn.of(TypeDescription.ForLoadedType.of(ret))));
    }
    return instantiate(b, m.getDeclaringClass(), new Class<?>[] {String.class, Meta.Method.class}, owner, meta);
  }

  /** {@code create}: {@code NEW}, the arguments unboxed and cast, {@code INVOKESPECIAL}. */
  static <T> ConstructorInvoker<T> constructor(String owner, Constructor<?> c, Meta.Constructor meta) {
    List<StackManipulation> code = new ArrayList<>();
    code.add(TypeCreation.of(TypeDescription.ForLoadedType.of(c.getDeclaringClass())));
    code.add(Duplication.SINGLE);
    Class<?>[] ps = c.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      code.add(argument(1, i, ps[i]));
    }
    code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedConstructor(c)));
    code.add(MethodReturn.REFERENCE);
    DynamicType.Builder<?> b = subclass(ConstructorInvoker.class, "Constructor")
        .method(named("accepts")).intercept(new TypeChecks(true, ps))
        .method(named("create")).intercept(body(code.toArray(StackManipulation[]::new)));
    return instantiate(b, c.getDeclaringClass(), new Class<?>[] {String.class, Meta.Constructor.class}, owner, meta);
  }

  /** The receiver (slot 1, cast to the owner), then the arguments from the array in slot 2, then the call. */
  private static StackManipulation call(Method m) {
    List<StackManipulation> code = new ArrayList<>();
    if (!Modifier.isStatic(m.getModifiers())) {
      code.add(target(m.getDeclaringClass()));
    }
    Class<?>[] ps = m.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      code.add(argument(2, i, ps[i]));
    }
    code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(m)));
    return new StackManipulation.Compound(code);
  }

  private static StackManipulation receiver(Field f) {
    return Modifier.isStatic(f.getModifiers()) ? StackManipulation.Trivial.INSTANCE : target(f.getDeclaringClass());
  }

  private static StackManipulation target(Class<?> owner) {
    return new StackManipulation.Compound(
        MethodVariableAccess.REFERENCE.loadFrom(1), TypeCasting.to(TypeDescription.ForLoadedType.of(owner)));
  }

  /** Element {@code index} of the array in {@code slot}, cast or unboxed to {@code type}. */
  private static StackManipulation argument(int slot, int index, Class<?> type) {
    return new StackManipulation.Compound(
        MethodVariableAccess.REFERENCE.loadFrom(slot),
        IntegerConstant.forValue(index),
        ArrayAccess.REFERENCE.load(),
        unbox(type));
  }

  private static StackManipulation unbox(Class<?> type) {
    return Assigner.DEFAULT.assign(OBJECT, generic(type), Assigner.Typing.DYNAMIC);
  }

  private static StackManipulation box(Class<?> type) {
    return Assigner.DEFAULT.assign(generic(type), OBJECT, Assigner.Typing.STATIC);
  }

  private static Implementation body(StackManipulation... code) {
    return new Implementation.Simple(code);
  }

  private static TypeDescription.Generic generic(Class<?> type) {
    return TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(type);
  }

  private static String capitalized(Class<?> primitive) {
    String n = primitive.getName();
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static DynamicType.Builder<?> subclass(Class<?> base, String kind) {
    return new ByteBuddy()
        .subclass(base, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
        .name(PACKAGE + kind + "$" + COUNTER.incrementAndGet())
        // TypeChecks branches: let ASM compute the stack map frames at its labels
        .visit(new AsmVisitorWrapper.ForDeclaredMethods().writerFlags(ClassWriter.COMPUTE_FRAMES));
  }

  @SuppressWarnings("unchecked") // the generated class implements A, which the caller names
  private static <A> A instantiate(DynamicType.Builder<?> b, Class<?> owner, Class<?>[] signature, Object... args) {
    try (DynamicType.Unloaded<?> unloaded = b.make()) {
      Class<?> type = unloaded.load(loaderSeeing(owner), ClassLoadingStrategy.Default.WRAPPER).getLoaded();
      return (A) type.getConstructor(signature).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new ReflectionException("cannot build an accessor for " + owner.getName() + ": " + e, e);
    }
  }

  /** A loader that sees both the target class and Patina's accessor classes. */
  private static ClassLoader loaderSeeing(Class<?> owner) {
    ClassLoader own = owner.getClassLoader();
    if (own != null) {
      try {
        if (Class.forName(FieldAccessor.class.getName(), false, own) == FieldAccessor.class) {
          return own;
        }
      } catch (ClassNotFoundException e) {
        // the owner's loader does not see the runtime: fall through to ours
      }
    }
    return FieldAccessor.class.getClassLoader();
  }
}
