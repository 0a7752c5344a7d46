package dev.patina.processors.async;

import java.util.Arrays;
import java.util.Optional;

/** The hierarchy of classes a class loader can load, for rewriting outside javac (tests, tools). */
final class LoaderHierarchy implements Hierarchy {

  private final ClassLoader loader;

  LoaderHierarchy(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public Optional<Info> info(String internalName) {
    Class<?> type;
    try {
      type = Class.forName(internalName.replace('/', '.'), false, loader);
    } catch (ClassNotFoundException | LinkageError e) { // an unknown class is merged as Object, as javac would not
      return Optional.empty();
    }
    String superName = type.getSuperclass() == null ? null : type.getSuperclass().getName().replace('.', '/');
    return Optional.of(new Info(type.isInterface(), superName,
        Arrays.stream(type.getInterfaces()).map(i -> i.getName().replace('.', '/')).toList()));
  }
}
