package dev.patina.processors.async;

import org.objectweb.asm.ClassWriter;

/** A class writer that computes stack map frames with the {@link Hierarchy}, loading nothing. */
final class HierarchyClassWriter extends ClassWriter {

  private final Hierarchy hierarchy;

  HierarchyClassWriter(Hierarchy hierarchy) {
    super(COMPUTE_FRAMES);
    this.hierarchy = hierarchy;
  }

  @Override
  protected String getCommonSuperClass(String a, String b) {
    return hierarchy.commonSuperClass(a, b);
  }
}
