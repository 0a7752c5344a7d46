package dev.patina.processors.async;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The hierarchy of the classes javac has already written in this compilation, read from their
 * class files. It serves the local and anonymous classes of a method: javac's symbols cannot be
 * asked for them by name, and javac writes them before the class that declares them, whose
 * methods the rewriter then types.
 */
final class ClassOutputHierarchy implements Hierarchy {

  private final ClassFiles files;
  private final Map<String, Optional<Info>> read = new HashMap<>();

  ClassOutputHierarchy(ClassFiles files) {
    this.files = files;
  }

  @Override
  public Optional<Info> info(String internalName) {
    return read.computeIfAbsent(internalName, this::load);
  }

  private Optional<Info> load(String internalName) {
    byte[] bytes;
    try {
      bytes = files.read(internalName.replace('/', '.'));
    } catch (IOException | IllegalArgumentException e) { // not written (yet), or no such name: unknown, as elsewhere
      return Optional.empty();
    }
    ClassReader reader = new ClassReader(bytes);
    boolean isInterface = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
    return Optional.of(new Info(isInterface, isInterface ? null : reader.getSuperName(),
        List.of(reader.getInterfaces())));
  }
}
