package dev.patina.checkers.ownership;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.ownership.Borrowed;
import dev.patina.ownership.Mut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * P0277 and P0373 for futures: the future of an {@code @Async} call, passed where {@code @Send}
 * is required (a multi-threaded executor's {@code spawn}), is the method's state machine, and it
 * holds what the method holds. It must not hold a {@code @NotSend} value where another thread may
 * use it — an argument or receiver the body uses (they wait in the future from the call until the
 * first poll), or a local live across an {@code await} (a work-stealing executor may resume the
 * future on another worker) — nor a borrow (an argument of a {@code @Borrowed} or {@code @Mut}
 * parameter, or a borrowed receiver), which the task may outlive. See {@link AsyncBody} for when a
 * value is live across an {@code await}.
 */
final class SentFutures {

  private final OwnershipChecker checker;
  private final OwnershipTypes types;
  private final Trees trees;
  private final Supplier<Details> details;
  private final Supplier<CompilationUnitTree> root;
  /** The bodies of the {@code @Async} methods read so far, in any compilation unit of this javac run. */
  private final Map<ExecutableElement, AsyncBody.Summary> bodies = new HashMap<>();

  SentFutures(OwnershipChecker checker, OwnershipTypes types, Trees trees, Supplier<Details> details,
      Supplier<CompilationUnitTree> root) {
    this.checker = checker;
    this.types = types;
    this.trees = trees;
    this.details = details;
    this.root = root;
  }

  /** Whether {@code arg} may be the future of an {@code @Async} call: worth resolving. */
  static boolean mayBeFuture(ExpressionTree arg) {
    ExpressionTree e = ValueSources.peel(arg);
    return e instanceof MethodInvocationTree || e instanceof IdentifierTree;
  }

  /**
   * Checks {@code arg}, passed to a {@code @Send} parameter at {@code path} (the call that sends
   * it, whose name is at {@code sentAt}, named {@code sentBy} in messages).
   */
  void check(ExpressionTree arg, TreePath path, long sentAt, String sentBy) {
    MethodInvocationTree call = asyncCall(arg, path);
    if (call == null) {
      return;
    }
    ExecutableElement m = TreeUtils.elementFromUse(call);
    String label = sentBy + " sends this future to another thread";
    borrows(arg, call, m, sentAt, label);
    List<Held> held = held(call, m);
    if (!held.isEmpty()) {
      reportNotSend(arg, m, held, sentAt, label);
    }
  }

  // ---- which call made the future ------------------------------------------------------------

  /** The {@code @Async} call that made {@code arg}: the argument itself, or the one initializer of a local it names. */
  private MethodInvocationTree asyncCall(ExpressionTree arg, TreePath path) {
    ExpressionTree e = ValueSources.peel(arg);
    if (e instanceof MethodInvocationTree inv) {
      return AsyncBody.isAsync(TreeUtils.elementFromUse(inv)) ? inv : null;
    }
    if (e instanceof IdentifierTree id && TreeUtils.elementFromUse(id) instanceof VariableElement v
        && v.getKind() == ElementKind.LOCAL_VARIABLE) {
      Tree body = enclosingBody(path);
      return body == null ? null : LocalFuture.of(body, v);
    }
    return null;
  }

  private static Tree enclosingBody(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree m) {
        return m.getBody();
      }
      if (p.getLeaf() instanceof LambdaExpressionTree l) {
        return l.getBody();
      }
    }
    return null;
  }

  /** The {@code @Async} call a local is initialized with, when it is never assigned again. */
  private static final class LocalFuture extends TreeScanner<Void, Void> {
    private final VariableElement local;
    private MethodInvocationTree initializer;
    private boolean reassigned;

    private LocalFuture(VariableElement local) {
      this.local = local;
    }

    static MethodInvocationTree of(Tree body, VariableElement local) {
      LocalFuture scan = new LocalFuture(local);
      scan.scan(body, null);
      return scan.reassigned ? null : scan.initializer;
    }

    @Override
    public Void visitVariable(VariableTree v, Void p) {
      if (local.equals(TreeUtils.elementFromDeclaration(v)) && v.getInitializer() != null
          && ValueSources.peel(v.getInitializer()) instanceof MethodInvocationTree inv
          && AsyncBody.isAsync(TreeUtils.elementFromUse(inv))) {
        initializer = inv;
      }
      return super.visitVariable(v, p);
    }

    @Override
    public Void visitAssignment(AssignmentTree a, Void p) {
      reassigned |= local.equals(TreeUtils.elementFromUse(a.getVariable()));
      return super.visitAssignment(a, p);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree a, Void p) {
      reassigned |= local.equals(TreeUtils.elementFromUse(a.getVariable()));
      return super.visitCompoundAssignment(a, p);
    }
  }

  // ---- P0373: the future borrows -------------------------------------------------------------

  private void borrows(ExpressionTree arg, MethodInvocationTree call, ExecutableElement m, long sentAt, String label) {
    List<? extends VariableElement> params = m.getParameters();
    List<? extends ExpressionTree> args = call.getArguments();
    String fn = "`" + m.getSimpleName() + "()`";
    for (int i = 0; i < args.size() && !params.isEmpty(); i++) {
      VariableElement p = params.get(Math.min(i, params.size() - 1));
      String how = borrowing(p);
      if (how != null) {
        reportBorrow(arg, args.get(i), args.get(i).toString(),
            "the future of `@Async` " + fn + " holds this borrow for as long as the task runs: parameter `"
                + p.getSimpleName() + "` is " + how, sentAt, label);
      }
    }
    ExpressionTree receiver = TreeUtils.getReceiverTree(call);
    TypeMirror receiverType = receiverType(call, m);
    if (receiverType != null && types.isTracked(receiverType) && !types.modes(m).consumesReceiver()) {
      String name = receiver == null ? "this" : receiver.toString();
      reportBorrow(arg, receiver == null ? call : receiver, name,
          "the future of `@Async` " + fn + " borrows its receiver for as long as the task runs: " + fn
              + " is not `@Consume`", sentAt, label);
    }
  }

  /** How a parameter borrows what it is given, or null if the future owns it (or it is untracked and unmarked). */
  private String borrowing(VariableElement p) {
    if (OwnershipTypes.hasTypeUse(p.asType(), Mut.class) || types.isMut(p)) {
      return "`@Mut`";
    }
    if (OwnershipTypes.hasTypeUse(p.asType(), Borrowed.class)) {
      return "`@Borrowed`";
    }
    if (types.isTracked(p.asType()) && !types.isOwnedParameter(p)) {
      return "not `@Owned`, so it borrows";
    }
    return null;
  }

  private void reportBorrow(ExpressionTree arg, Tree at, String name, String note, long sentAt, String label) {
    Details d = details.get().atOffset(sentAt, label).note(note).help(checker.text("help.P0373.future"));
    // the future may have been made on another line, into a local that is sent here
    checker.reportError(contains(arg, at) ? at : arg, "P0373", name, d);
  }

  // ---- P0277: the future holds a @NotSend value ------------------------------------------------

  /**
   * A {@code @NotSend} value the future holds where another thread may use it, and why: used
   * across an {@code await} ({@code await} set), used by the body at all after waiting in the future
   * from the call ({@code use} only), or the body is unseen (neither).
   */
  private record Held(String name, TypeMirror type, AsyncBody.Place declared, AsyncBody.Place await,
      AsyncBody.Place use, String how) {}

  /**
   * Reads an {@code @Async} method's body while javac still has its attributed tree (the visitor
   * calls this for each one it walks: javac drops a class's trees once it has generated it).
   */
  void remember(MethodTree tree, ExecutableElement m, CompilationUnitTree unit) {
    if (AsyncBody.isAsync(m) && tree.getBody() != null && !bodies.containsKey(m)) {
      AsyncBody.Summary s = AsyncBody.summarize(tree, m, unit, trees.getSourcePositions(), types.types(), types::isNotSend);
      if (s != null) {
        bodies.put(m, s);
      }
    }
  }

  /** What the body of {@code m} does, or null if it is not to be seen (a class file, or not attributed yet). */
  private AsyncBody.Summary body(ExecutableElement m) {
    AsyncBody.Summary known = bodies.get(m);
    if (known != null) {
      return known;
    }
    TreePath path = trees.getPath(m);
    if (path != null && path.getLeaf() instanceof MethodTree mt) {
      remember(mt, m, path.getCompilationUnit());
    }
    return bodies.get(m);
  }

  /** What the future of {@code call} holds that must stay on its thread; for an unseen body, every candidate. */
  private List<Held> held(MethodInvocationTree call, ExecutableElement m) {
    List<Held> out = new ArrayList<>();
    AsyncBody.Summary body = body(m);
    List<? extends VariableElement> params = m.getParameters();
    List<? extends ExpressionTree> args = call.getArguments();
    for (int i = 0; i < args.size() && !params.isEmpty(); i++) {
      int index = Math.min(i, params.size() - 1);
      TypeMirror argType = TreeUtils.typeOf(args.get(i));
      TypeMirror type = types.isNotSend(argType) ? argType : params.get(index).asType();
      if (types.isNotSend(type)) {
        heldFromCall(body == null ? null : body.params().get(index), "`" + args.get(i) + "`", type, out);
      }
    }
    TypeMirror receiver = receiverType(call, m);
    if (receiver != null && types.isNotSend(receiver)) {
      ExpressionTree r = TreeUtils.getReceiverTree(call);
      heldFromCall(body == null ? null : body.receiver(), r == null ? "`this`" : "`" + r + "`", receiver, out);
    }
    if (body != null) {
      for (AsyncBody.LiveLocal l : body.notSendLocals()) {
        out.add(new Held("`" + l.name() + "`", l.type(), l.declared(), l.await(), l.laterUse(), l.how()));
      }
    }
    return out;
  }

  /** An argument (or the receiver) waits in the future until the body, on the polling thread, uses it. */
  private static void heldFromCall(AsyncBody.Use use, String name, TypeMirror type, List<Held> out) {
    if (use == null) {
      out.add(new Held(name, type, null, null, null, null)); // body unseen: assume the worst
    } else if (use.first() != null) {
      out.add(new Held(name, type, null, use.await(), use.await() != null ? use.laterUse() : use.first(), use.how()));
    }
  }

  private void reportNotSend(ExpressionTree arg, ExecutableElement m, List<Held> held, long sentAt, String label) {
    Held h = held.get(0);
    String fn = "`" + m.getEnclosingElement().getSimpleName() + "." + m.getSimpleName() + "()`";
    String value = h.name() + " (`" + OwnershipTypes.simpleName(h.type()) + "`, which is `@NotSend`)";
    Details d = details.get().atOffset(sentAt, label);
    boolean here = h.use() != null && h.use().unit() == root.get();
    if (h.use() == null) {
      d.note("the body of `@Async` " + fn + " is not available to the checker (it comes from a class file), so"
          + " Patina cannot see its awaits: it assumes the future holds " + value + " across one");
    } else if (h.await() != null) {
      d.note("future is not `Send` as this value is used across an await: " + value + " is held across the `await` at "
          + h.await().line() + ", and " + h.name() + " " + h.how() + " at " + h.use().line());
      if (here) {
        if (h.declared() != null) {
          d.atOffset(h.declared().offset(), h.name() + " has type `" + OwnershipTypes.simpleName(h.type()) + "`, which is `@NotSend`");
        }
        d.atOffset(h.await().offset(), "await occurs here, with " + h.name() + " maybe used later");
        d.atOffset(h.use().offset(), h.name() + " " + AsyncBody.label(h.how()));
      }
    } else {
      d.note("future is not `Send` as it holds this value from the call: " + value + " waits in the future of "
          + fn + " until the thread that polls it runs the body, which uses it at " + h.use().line());
      if (here) {
        d.atOffset(h.use().offset(), h.name() + " is used here, by whichever thread polls the future");
      }
    }
    if (held.size() > 1) {
      List<String> others = held.subList(1, held.size()).stream().map(Held::name).distinct().toList();
      d.note("the future also holds " + String.join(", ", others) + " where another thread may use it");
    }
    checker.reportError(arg, "P0277", "future cannot be sent between threads safely",
        d.help(checker.text("help.P0277.future")));
  }

  /** The type of the call's receiver: the explicit one, or the method's class; null for static methods. */
  private static TypeMirror receiverType(MethodInvocationTree call, ExecutableElement m) {
    if (m.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    ExpressionTree r = TreeUtils.getReceiverTree(call);
    if (r instanceof IdentifierTree id && id.getName().contentEquals("super")) {
      return null;
    }
    Element owner = m.getEnclosingElement();
    return r != null ? TreeUtils.typeOf(r) : owner.asType();
  }

  private boolean contains(Tree outer, Tree inner) {
    CompilationUnitTree r = root.get();
    var pos = trees.getSourcePositions();
    return pos.getStartPosition(r, outer) <= pos.getStartPosition(r, inner)
        && pos.getEndPosition(r, inner) <= pos.getEndPosition(r, outer);
  }
}
