package dev.patina.checkers.typestate;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.patina.checkers.ownership.OwnershipFacts;
import dev.patina.checkers.typestate.TypestateValue.Fresh;
import dev.patina.checkers.typestate.TypestateValue.Ref;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Where an object goes when it leaves a variable: moved to a new owner (its state and its
 * end-state obligation go with it), passed to a {@code @State} parameter (checked, and it comes
 * back in the parameter's {@code after} states), or into somewhere the checker cannot follow
 * (T0005: a field or parameter that declares no {@code @State}, an array, a second name for a
 * copyable object, a capture).
 */
final class Handoffs {

  private final Protocols protocols;
  private final OwnershipFacts ownership;

  Handoffs(Protocols protocols, OwnershipFacts ownership) {
    this.protocols = protocols;
    this.ownership = ownership;
  }

  /** What a variable assigned {@code value} holds afterwards (null: nothing followed). */
  Held take(TypestateValue value, TypestateStore store, VariableElement target, Tree at, List<Finding> out) {
    if (value instanceof Fresh f) {
      return f.held();
    }
    if (!(value instanceof Ref(VariableElement src)) || src.equals(target) || !(store.get(src) instanceof Held h)) {
      return value instanceof Ref(VariableElement src) && src.equals(target) ? store.get(target) : null;
    }
    if (h.lost()) {
      return h;
    }
    if (src.getKind() == ElementKind.FIELD) {
      out.add(new Finding.Escapes(at, "this." + src.getSimpleName(),
          "copied into `" + target.getSimpleName() + "`: the field and the variable would be two names for one object"));
      return null;
    }
    if (ownership.isMoveOnly(src.asType())) {
      // a move: the new owner continues in the same states and owes the end state
      store.put(src, h.lose().ended());
      return h;
    }
    out.add(new Finding.Escapes(at, "`" + src.getSimpleName() + "`",
        "copied into `" + target.getSimpleName() + "`, and its class is neither `@Linear` nor `@Affine`, so the two names could change its state behind each other's back"));
    store.put(src, h.lose());
    return h.lose();
  }

  /** {@code value} goes where no state is declared: T0005, and the checker stops following it. */
  void escape(TypestateValue value, TypestateStore store, Tree at, String how, List<Finding> out) {
    if (value instanceof Ref(VariableElement src) && store.get(src) instanceof Held h && !h.lost()) {
      out.add(new Finding.Escapes(at, name(src), how));
      store.put(src, h.lose());
    } else if (value instanceof Fresh f) {
      out.add(new Finding.Escapes(at, "the new `" + protocolName(f) + "`", how));
    }
  }

  private String protocolName(Fresh f) {
    return f.held().origin() != null ? String.valueOf(TreeUtils.typeOf(f.held().origin())) : "object";
  }

  /** The arguments of a call: checked against {@code @State} parameters, moved, or escaping. */
  void arguments(ExecutableElement m, List<Node> args, TransferInput<TypestateValue, TypestateStore> in,
      TypestateStore store, Tree call, List<Finding> out) {
    List<? extends VariableElement> params = m.getParameters();
    for (int i = 0; i < args.size() && !params.isEmpty(); i++) {
      TypestateValue v = in.getValueOfSubNode(args.get(i));
      Held h = v instanceof Ref(VariableElement var) ? store.get(var) : v instanceof Fresh f ? f.held() : null;
      if (h == null || h.lost()) {
        continue;
      }
      boolean spread = m.isVarArgs() && i >= params.size() - 1;
      VariableElement param = params.get(Math.min(i, params.size() - 1));
      StateSpec spec = spread ? null : protocols.stateOf(param);
      ProtocolModel pp = spread ? null : protocols.of(param.asType());
      boolean owned = ownership.ownsArgument(m, i) && ownership.isMoveOnly(TreeUtils.typeOf(args.get(i).getTree()));
      Tree argTree = args.get(i).getTree() != null ? args.get(i).getTree() : call;
      String what = v instanceof Ref(VariableElement var) ? name(var) : "the new object";
      String where = "parameter `" + param.getSimpleName() + "` of `" + m.getSimpleName() + "()`";
      if (spec != null && pp != null) {
        if (!spec.value().containsAll(h.states())) {
          out.add(new Finding.NotInState(argTree, what, h, spec.value(), where, pp));
          if (h.states().stream().noneMatch(spec.value()::contains)) {
            h = h.ended(); // no path passed an allowed state: its end state would only echo this error
          }
        }
        if (v instanceof Ref(VariableElement var)) {
          store.put(var, owned ? h.lose().ended() : h.to(spec.exit(), call));
        }
      } else if (pp != null) {
        out.add(new Finding.Escapes(argTree, what, "passed to " + where + ", which declares no `@State`"));
        if (v instanceof Ref(VariableElement var)) {
          store.put(var, h.lose());
        }
      } else if (owned && v instanceof Ref(VariableElement var)) {
        store.put(var, h.lose().ended()); // moved into the callee, which owes its end now
      }
    }
  }

  /** Tracked variables a lambda, method reference or anonymous class body uses: T0005 each. */
  void captures(Tree body, TypestateStore store, String how, List<Finding> out) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        Element e = TreeUtils.elementFromUse(id);
        if (e instanceof VariableElement var && var.getKind() != ElementKind.FIELD
            && store.get(var) instanceof Held h && !h.lost()) {
          out.add(new Finding.Escapes(id, name(var), how));
          store.put(var, h.lose());
        }
        return null;
      }
    }.scan(body, null);
  }

  static String name(VariableElement var) {
    return "`" + (var.getKind() == ElementKind.FIELD ? "this." : "") + var.getSimpleName() + "`";
  }
}
