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
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
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

/** Builds {@link Accessor} classes with ByteBuddy: direct bytecode, no reflective calls per access. */
final class AccessorFactory {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final TypeDescription.Generic OBJECT = TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(Object.class);

  private AccessorFactory() {}

  static Accessor read(Field f) {
    FieldDescription d = new FieldDescription.ForLoadedField(f);
    List<StackManipulation> code = new ArrayList<>();
    if (!Modifier.isStatic(f.getModifiers())) {
      code.add(target(f.getDeclaringClass()));
    }
    code.add(FieldAccess.forField(d).read());
    code.add(box(f.getType()));
    code.add(MethodReturn.REFERENCE);
    return make(f.getDeclaringClass(), code);
  }

  static Accessor write(Field f) {
    FieldDescription d = new FieldDescription.ForLoadedField(f);
    List<StackManipulation> code = new ArrayList<>();
    if (!Modifier.isStatic(f.getModifiers())) {
      code.add(target(f.getDeclaringClass()));
    }
    code.add(argument(0, f.getType()));
    code.add(FieldAccess.forField(d).write());
    code.add(NullConstant.INSTANCE);
    code.add(MethodReturn.REFERENCE);
    return make(f.getDeclaringClass(), code);
  }

  static Accessor invoke(Method m) {
    List<StackManipulation> code = new ArrayList<>();
    if (!Modifier.isStatic(m.getModifiers())) {
      code.add(target(m.getDeclaringClass()));
    }
    Class<?>[] ps = m.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      code.add(argument(i, ps[i]));
    }
    code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(m)));
    code.add(m.getReturnType() == void.class ? NullConstant.INSTANCE : box(m.getReturnType()));
    code.add(MethodReturn.REFERENCE);
    return make(m.getDeclaringClass(), code);
  }

  static Accessor construct(Constructor<?> c) {
    List<StackManipulation> code = new ArrayList<>();
    code.add(TypeCreation.of(TypeDescription.ForLoadedType.of(c.getDeclaringClass())));
    code.add(Duplication.SINGLE);
    Class<?>[] ps = c.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      code.add(argument(i, ps[i]));
    }
    code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedConstructor(c)));
    code.add(MethodReturn.REFERENCE);
    return make(c.getDeclaringClass(), code);
  }

  private static StackManipulation target(Class<?> owner) {
    return new StackManipulation.Compound(
        MethodVariableAccess.REFERENCE.loadFrom(1), TypeCasting.to(TypeDescription.ForLoadedType.of(owner)));
  }

  private static StackManipulation argument(int index, Class<?> type) {
    return new StackManipulation.Compound(
        MethodVariableAccess.REFERENCE.loadFrom(2),
        IntegerConstant.forValue(index),
        ArrayAccess.REFERENCE.load(),
        Assigner.DEFAULT.assign(OBJECT, TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(type),
            Assigner.Typing.DYNAMIC));
  }

  private static StackManipulation box(Class<?> type) {
    return Assigner.DEFAULT.assign(
        TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(type), OBJECT, Assigner.Typing.STATIC);
  }

  private static Accessor make(Class<?> owner, List<StackManipulation> code) {
    ClassLoader parent = loaderSeeing(owner);
    try {
      Class<?> type = new ByteBuddy()
          .subclass(Object.class)
          .implement(Accessor.class)
          .name("dev.patina.runtime.reflect.fallback.Accessor$" + COUNTER.incrementAndGet())
          .method(named("call"))
          .intercept(new Implementation.Simple(code.toArray(StackManipulation[]::new)))
          .make()
          .load(parent, ClassLoadingStrategy.Default.WRAPPER)
          .getLoaded();
      return (Accessor) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new ReflectionException("cannot build an accessor for " + owner.getName() + ": " + e, e);
    }
  }

  /** A loader that sees both the target class and {@link Accessor}. */
  private static ClassLoader loaderSeeing(Class<?> owner) {
    ClassLoader own = owner.getClassLoader();
    if (own != null) {
      try {
        if (Class.forName(Accessor.class.getName(), false, own) == Accessor.class) {
          return own;
        }
      } catch (ClassNotFoundException e) {
        // the owner's loader does not see the runtime: fall through to ours
      }
    }
    return Accessor.class.getClassLoader();
  }
}
