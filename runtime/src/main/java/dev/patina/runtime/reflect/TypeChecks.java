package dev.patina.runtime.reflect;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The body of a fallback accessor's {@code accepts}, as straight-line bytecode: the argument count,
 * then one {@code INSTANCEOF} against a constant class per parameter (the wrapper for a
 * primitive; a null passes for a reference), as the generated tables' {@code accepts} reads in
 * Java. Constant classes let the JIT fold the checks and, once the accessor is inlined, remove the
 * argument array and boxes altogether; a loop over {@code Class.isInstance} would keep them.
 */
final class TypeChecks implements Implementation {
  private final boolean array;
  private final Class<?>[] types;

  /** {@code array}: the values are the elements of the {@code Object[]} in slot 1, else the one value in slot 1. */
  TypeChecks(boolean array, Class<?>[] types) {
    this.array = array;
    this.types = types.clone();
  }

  @Override
  public InstrumentedType prepare(InstrumentedType type) {
    return type;
  }

  @Override
  public ByteCodeAppender appender(Target target) {
    return (MethodVisitor mv, Context context, MethodDescription method) -> {
      Label reject = new Label();
      if (array) {
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        mv.visitLdcInsn(types.length);
        mv.visitJumpInsn(Opcodes.IF_ICMPNE, reject);
      }
      for (int i = 0; i < types.length; i++) {
        Class<?> t = types[i];
        if (t == Object.class) {
          continue;
        }
        Label next = new Label();
        if (!t.isPrimitive()) {
          load(mv, i);
          mv.visitJumpInsn(Opcodes.IFNULL, next);
        }
        load(mv, i);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, Type.getInternalName(Args.box(t)));
        mv.visitJumpInsn(Opcodes.IFEQ, reject);
        mv.visitLabel(next);
      }
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitInsn(Opcodes.IRETURN);
      mv.visitLabel(reject);
      mv.visitInsn(Opcodes.ICONST_0);
      mv.visitInsn(Opcodes.IRETURN);
      return new ByteCodeAppender.Size(3, method.getStackSize());
    };
  }

  private void load(MethodVisitor mv, int index) {
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    if (array) {
      mv.visitLdcInsn(index);
      mv.visitInsn(Opcodes.AALOAD);
    }
  }
}
