package dev.patina.processors.async;

import static org.objectweb.asm.Opcodes.*;

import java.util.Map;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The generated class of one async method's machines: a final subclass of the runtime's {@code
 * AsyncStateMachine} with a field per slot of the {@link MachineLayout} and a {@code resume} that
 * calls the body method. Its fields are package-private: the stub and the body, in the declaring
 * class of the same package, read and write them.
 */
final class MachineClass {

  private MachineClass() {}

  static ClassNode of(ClassNode owner, String name, String bodyName, MachineLayout layout) {
    ClassNode machine = new ClassNode();
    machine.version = owner.version;
    machine.access = ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
    machine.name = name;
    machine.superName = RuntimeNames.MACHINE;
    machine.sourceFile = owner.sourceFile;
    for (Map.Entry<String, String> field : layout.fields().entrySet()) {
      machine.fields.add(new FieldNode(0, field.getKey(), field.getValue(), null, null));
    }
    MethodNode init = new MethodNode(0, "<init>", "()V", null, null);
    init.instructions.add(new VarInsnNode(ALOAD, 0));
    init.instructions.add(new MethodInsnNode(INVOKESPECIAL, RuntimeNames.MACHINE, "<init>", "()V", false));
    init.instructions.add(new InsnNode(RETURN));
    machine.methods.add(init);
    String resumeDesc = "(" + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.OBJECT_DESC;
    MethodNode resume = new MethodNode(ACC_PROTECTED | ACC_FINAL, "resume", resumeDesc, null,
        new String[] {"java/lang/Throwable"});
    resume.instructions.add(new VarInsnNode(ALOAD, 0));
    resume.instructions.add(new VarInsnNode(ALOAD, 1));
    resume.instructions.add(new MethodInsnNode(INVOKESTATIC, owner.name, bodyName,
        "(L" + name + ";" + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.OBJECT_DESC,
        (owner.access & ACC_INTERFACE) != 0));
    resume.instructions.add(new InsnNode(ARETURN));
    machine.methods.add(resume);
    return machine;
  }
}
