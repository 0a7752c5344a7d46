package dev.patina.processors.async;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's type-inferring interpreter with the hierarchy taken from {@link Hierarchy} instead of from
 * loading classes: it types every local and stack entry of a method the way the JVM's verifier
 * does, which is what the rewriter must restore after a suspension.
 */
final class HierarchyVerifier extends SimpleVerifier {

  private static final List<String> ARRAY_SUPERTYPES =
      List.of("java/lang/Object", "java/lang/Cloneable", "java/io/Serializable");

  private static final Type NULL = Type.getObjectType("null"); // how SimpleVerifier types null

  private final Hierarchy hierarchy;

  HierarchyVerifier(Hierarchy hierarchy, Type owner, Type ownerSuper, boolean ownerIsInterface) {
    super(Opcodes.ASM9, owner, ownerSuper, List.of(), ownerIsInterface);
    this.hierarchy = hierarchy;
  }

  @Override
  protected boolean isInterface(Type type) {
    return hierarchy.isInterface(type.getInternalName());
  }

  @Override
  protected Type getSuperClass(Type type) {
    String superName = hierarchy.superName(type.getInternalName());
    return superName == null ? null : Type.getObjectType(superName);
  }

  /**
   * As SimpleVerifier's, except that a reference that is not assignable is not a subtype: its
   * own version then loads the expected class to ask whether it is an interface, which this
   * class answers in {@link #isAssignableFrom} without loading anything.
   */
  @Override
  protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
    Type to = expected.getType();
    Type from = value.getType();
    if (isReference(to) && isReference(from)) {
      return from.equals(NULL) || isAssignableFrom(to, from);
    }
    return super.isSubTypeOf(value, expected);
  }

  private static boolean isReference(Type type) {
    return type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY);
  }

  @Override
  protected boolean isAssignableFrom(Type to, Type from) {
    if (to.equals(from)) {
      return true;
    }
    if (to.getSort() == Type.ARRAY) {
      if (from.getSort() != Type.ARRAY) {
        return false;
      }
      Type toElement = Type.getType(to.getDescriptor().substring(1));
      Type fromElement = Type.getType(from.getDescriptor().substring(1));
      if (toElement.getSort() < Type.ARRAY || fromElement.getSort() < Type.ARRAY) {
        return toElement.equals(fromElement);
      }
      return isAssignableFrom(toElement, fromElement);
    }
    if (to.getSort() != Type.OBJECT) {
      return false;
    }
    if (from.getSort() == Type.ARRAY) {
      return ARRAY_SUPERTYPES.contains(to.getInternalName());
    }
    // the JVM's verifier lets any reference stand where an interface is expected
    return from.getSort() == Type.OBJECT
        && (isInterface(to) || hierarchy.isAssignable(to.getInternalName(), from.getInternalName()));
  }
}
