package dev.patina.processors.async;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;
import org.objectweb.asm.Type;

/** Method signatures as the source wrote them, found by name and erased parameter types. */
final class ElementSignatures implements ClassRewriter.Signatures {

  private final List<ExecutableElement> methods;
  private final Types types;

  ElementSignatures(List<ExecutableElement> methods, Types types) {
    this.methods = methods;
    this.types = types;
  }

  @Override
  public String of(String method, String descriptor) {
    Type[] args = Type.getArgumentTypes(descriptor);
    for (ExecutableElement element : methods) {
      if (element.getSimpleName().contentEquals(method) && erasedMatch(element.getParameters(), args)) {
        return element.getReturnType() + " " + element;
      }
    }
    return ClassRewriter.plainSignature(method, descriptor);
  }

  private boolean erasedMatch(List<? extends VariableElement> params, Type[] args) {
    if (params.size() != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      String erased = types.erasure(params.get(i).asType()).toString();
      if (!erased.equals(args[i].getClassName().replace('$', '.'))) {
        return false;
      }
    }
    return true;
  }
}
