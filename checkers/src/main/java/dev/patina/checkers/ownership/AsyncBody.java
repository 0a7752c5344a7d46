package dev.patina.checkers.ownership;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.patina.async.Async;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The body of one {@code @Async} method, read for what its future holds while it is suspended:
 * where the body {@code await}s, where it uses each variable and {@code this}, and its loops. A
 * value is live across an {@code await} when it is declared before the {@code await} and used
 * after it in the source; or used inside a loop that also contains the {@code await} and that it
 * was declared outside of (the next iteration uses it after this one's {@code await}); or used in
 * the awaited expression itself (the future it makes may hold it); or it is an operand that an
 * enclosing expression still needs after an {@code await} inside that expression (the receiver or
 * an earlier argument of a call, {@code c.merge(await(f))}: it waits on the operand stack, which
 * the machine saves). The last rule also covers {@code @NotSend} temporaries made by a call or
 * {@code new}. Assigning a variable is not a use of it. This over-approximates liveness on
 * purpose: a value it calls live may be dead on every path, never the other way round.
 */
final class AsyncBody {

  /** The class of the {@code await} placeholder; matched by name, as checkers do not depend on the runtime. */
  static final String AWAIT_CLASS = "dev.patina.runtime.async.Await";

  /** A place in a source file, kept as an offset: javac may drop a class's trees once it has generated it. */
  record Place(CompilationUnitTree unit, long offset) {
    /** {@code File.java:12}. */
    String line() {
      String file = java.nio.file.Path.of(unit.getSourceFile().toUri().getPath()).getFileName().toString();
      return file + ":" + unit.getLineMap().getLineNumber(offset);
    }
  }

  /**
   * What the body does with one parameter or {@code this}: its first use (null: never used), and
   * the first {@code await} it is live across with a use after it (null: none).
   */
  record Use(Place first, Place await, Place laterUse, String how) {}

  /** A local live across an {@code await}: its declaration, the {@code await} and a use after it. */
  record LiveLocal(String name, TypeMirror type, Place declared, Place await, Place laterUse, String how) {}

  /**
   * The facts the future's checks need, read once from the attributed body.
   *
   * @param params per parameter, how the body uses it
   * @param receiver how the body uses {@code this}
   * @param notSendLocals the {@code @NotSend} locals live across an {@code await}, in source order
   */
  record Summary(List<Use> params, Use receiver, List<LiveLocal> notSendLocals) {}

  /**
   * A value live across an {@code await}: the {@code await}, a use after it, and how that use
   * comes after it ("is later used", for a message: "`c` is later used at Foo.java:12").
   */
  private record Across(MethodInvocationTree await, Tree laterUse, String how) {}

  static final String LATER = "is later used";
  static final String AWAITED = "is used in the awaited expression";
  static final String PENDING = "is held by the enclosing expression, which uses it after the await,";
  static final String LOOP = "is used again in the loop's next iteration, after the await,";

  /** The label of a use's place, for one of the {@code how}s above: "is later used here". */
  static String label(String how) {
    return switch (how) {
      case AWAITED -> "is used here, in the awaited expression";
      case PENDING -> "is held here by an expression that uses it after the await";
      case LOOP -> "is used here again in the loop's next iteration, after the await";
      default -> "is later used here";
    };
  }

  /** One loop's repeated part in the source. */
  private record Span(long start, long end) {
    boolean contains(long pos) {
      return start <= pos && pos < end;
    }
  }

  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final List<MethodInvocationTree> awaits = new ArrayList<>();
  private final List<Span> loops = new ArrayList<>();
  /** Uses of each variable, in source order; {@code null} is the key of {@code this}. */
  private final Map<Element, List<Tree>> uses = new HashMap<>();
  /**
   * For a use or a {@code @NotSend} temporary whose value an enclosing expression still needs when
   * it is evaluated (a call's receiver or earlier argument, an operand): that expression. Such a
   * value sits on the operand stack across an {@code await} inside the expression.
   */
  private final Map<Tree, Tree> pendingIn = new HashMap<>();
  /** {@code @NotSend} values that are not variables (calls, {@code new}), held by an enclosing expression. */
  private final List<Tree> temporaries = new ArrayList<>();
  private final Map<VariableElement, VariableTree> locals = new LinkedHashMap<>();
  /** An identifier without a symbol: the body is not attributed yet, so it cannot be read. */
  private boolean unattributed;

  private AsyncBody(CompilationUnitTree unit, SourcePositions positions) {
    this.unit = unit;
    this.positions = positions;
  }

  /**
   * Reads {@code method}'s body, or returns null if javac has not attributed it yet (a class later
   * in javac's queue, under a compile policy other than {@code simple}).
   */
  static Summary summarize(MethodTree method, ExecutableElement element, CompilationUnitTree unit,
      SourcePositions positions, Types types, Predicate<TypeMirror> notSend) {
    AsyncBody body = new AsyncBody(unit, positions);
    new Scanner(body, (TypeElement) element.getEnclosingElement(), types, notSend)
        .scan(new TreePath(new TreePath(unit), method.getBody()), null);
    if (body.unattributed) {
      return null;
    }
    List<Use> params = new ArrayList<>();
    for (VariableElement p : element.getParameters()) {
      params.add(body.use(p));
    }
    List<LiveLocal> live = new ArrayList<>();
    for (Map.Entry<VariableElement, VariableTree> e : body.locals.entrySet()) {
      if (notSend.test(e.getKey().asType())) {
        Across a = body.liveAcross(e.getKey(), positions.getEndPosition(unit, e.getValue()));
        if (a != null) {
          live.add(new LiveLocal(e.getKey().getSimpleName().toString(), e.getKey().asType(), body.place(e.getValue()),
              body.place(a.await()), body.place(a.laterUse()), a.how()));
        }
      }
    }
    for (Tree t : body.temporaries) {
      MethodInvocationTree a = body.temporaryAcross(t);
      if (a != null) {
        String text = t.toString();
        live.add(new LiveLocal(text.length() > 40 ? text.substring(0, 37) + "..." : text, TreeUtils.typeOf(t), null,
            body.place(a), body.place(t), PENDING));
      }
    }
    return new Summary(params, body.use(null), live);
  }

  private Use use(Element variable) {
    List<Tree> u = uses.get(variable);
    if (u == null || u.isEmpty()) {
      return new Use(null, null, null, null);
    }
    Across a = liveAcross(variable, -1);
    return a == null ? new Use(place(u.get(0)), null, null, null)
        : new Use(place(u.get(0)), place(a.await()), place(a.laterUse()), a.how());
  }

  private Place place(Tree t) {
    return new Place(unit, positions.getStartPosition(unit, t));
  }

  /** Whether {@code method} is an async function ({@code @Async}; read from class files too). */
  static boolean isAsync(ExecutableElement method) {
    return method != null && OwnershipTypes.has(method, Async.class);
  }

  /** Whether {@code call} is {@code Await.await(future)}, a suspension point. */
  static boolean isAwait(MethodInvocationTree call) {
    return TreeUtils.elementFromTree(call) instanceof ExecutableElement m && m.getSimpleName().contentEquals("await")
        && m.getEnclosingElement() instanceof TypeElement t && t.getQualifiedName().contentEquals(AWAIT_CLASS);
  }

  /**
   * The first {@code await} that {@code variable} ({@code null}: {@code this}) is live across,
   * for a variable declared where {@code declaredEnd} is (-1 for parameters and {@code this}), or
   * null if it is live across none.
   */
  private Across liveAcross(Element variable, long declaredEnd) {
    List<Tree> u = uses.getOrDefault(variable, List.of());
    for (MethodInvocationTree a : awaits) {
      long aStart = positions.getStartPosition(unit, a);
      long aEnd = positions.getEndPosition(unit, a);
      if (aStart < declaredEnd) {
        continue; // the value does not exist yet at this await
      }
      Across other = null; // a plain use after the await is the clearest to show: prefer it
      for (Tree use : u) {
        long at = positions.getStartPosition(unit, use);
        String how = at >= aEnd ? LATER
            : aStart <= at ? AWAITED
            : pendingAcross(use, at, aStart) ? PENDING
            : inLoopAround(at, aStart, declaredEnd) ? LOOP : null;
        if (LATER.equals(how)) {
          return new Across(a, use, how);
        }
        if (how != null && other == null) {
          other = new Across(a, use, how);
        }
      }
      if (other != null) {
        return other;
      }
    }
    return null;
  }

  /** The value of {@code use} (at {@code at}) is held by an enclosing expression that awaits after it. */
  private boolean pendingAcross(Tree use, long at, long await) {
    Tree holder = pendingIn.get(use);
    return holder != null && at < await && positions.getStartPosition(unit, holder) <= await
        && await < positions.getEndPosition(unit, holder);
  }

  /** The first await a temporary's value is held across (by the expression that needs it), or null. */
  private MethodInvocationTree temporaryAcross(Tree temp) {
    long at = positions.getStartPosition(unit, temp);
    for (MethodInvocationTree a : awaits) {
      if (pendingAcross(temp, at, positions.getStartPosition(unit, a))) {
        return a;
      }
    }
    return null;
  }

  /** A loop contains both the use and the await, and not the declaration. */
  private boolean inLoopAround(long use, long await, long declaredEnd) {
    for (Span loop : loops) {
      if (loop.contains(use) && loop.contains(await) && !(declaredEnd >= 0 && loop.contains(declaredEnd - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Collects the awaits (not inside lambdas or nested classes: those are not this machine's), uses and loops. */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final AsyncBody body;
    private final TypeElement owner;
    private final Types types;
    private final Predicate<TypeMirror> notSend;
    /** Inside a lambda or nested class: an {@code await} there does not suspend this machine (A0003). */
    private int nested;

    Scanner(AsyncBody body, TypeElement owner, Types types, Predicate<TypeMirror> notSend) {
      this.body = body;
      this.owner = owner;
      this.types = types;
      this.notSend = notSend;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void p) {
      if (nested == 0 && isAwait(call)) {
        body.awaits.add(call);
      }
      temporary(call);
      return super.visitMethodInvocation(call, p);
    }

    @Override
    public Void visitNewClass(NewClassTree nc, Void p) {
      temporary(nc);
      return super.visitNewClass(nc, p);
    }

    /** A {@code @NotSend} value made by a call or {@code new}, which an enclosing expression may hold. */
    private void temporary(ExpressionTree made) {
      if (nested == 0 && notSend.test(TreeUtils.typeOf(made)) && pending(made)) {
        body.temporaries.add(made);
      }
    }

    /**
     * Records the expression that still needs the value of the current tree ({@code made}) when it
     * is evaluated: the call of which it is the receiver or an argument, the operation of which it
     * is an operand, the assignment of whose target it is the object. A field read or a statement
     * uses the value at once.
     */
    private boolean pending(Tree made) {
      TreePath up = getCurrentPath().getParentPath();
      while (up != null && (up.getLeaf() instanceof ParenthesizedTree || up.getLeaf() instanceof TypeCastTree)) {
        up = up.getParentPath();
      }
      if (up == null || !(up.getLeaf() instanceof ExpressionTree holder) || holder instanceof LambdaExpressionTree) {
        return false;
      }
      if (holder instanceof MemberSelectTree select) {
        Tree above = up.getParentPath() == null ? null : up.getParentPath().getLeaf();
        boolean receiver = above instanceof MethodInvocationTree inv && inv.getMethodSelect() == select;
        boolean target = above instanceof AssignmentTree a && a.getVariable() == select
            || above instanceof CompoundAssignmentTree c && c.getVariable() == select;
        if (!receiver && !target) {
          return false;
        }
        holder = (ExpressionTree) above;
      }
      body.pendingIn.put(made, holder);
      return true;
    }

    @Override
    public Void visitIdentifier(IdentifierTree id, Void p) {
      Element e = TreeUtils.elementFromTree(id);
      body.unattributed |= e == null;
      if (id.getName().contentEquals("this") || id.getName().contentEquals("super") || isOwnInstanceMember(e)) {
        body.uses.computeIfAbsent(null, k -> new ArrayList<>()).add(id);
        pending(id);
      } else if (e instanceof VariableElement v && e.getKind() != ElementKind.FIELD) {
        body.uses.computeIfAbsent(v, k -> new ArrayList<>()).add(id);
        pending(id);
      }
      return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree a, Void p) {
      if (a.getVariable() instanceof IdentifierTree id && !(TreeUtils.elementFromUse(id) instanceof VariableElement v
          && v.getKind() == ElementKind.FIELD)) {
        return scan(a.getExpression(), p); // a new value, not a use of the old one
      }
      return super.visitAssignment(a, p);
    }

    @Override
    public Void visitVariable(VariableTree v, Void p) {
      VariableElement e = TreeUtils.elementFromDeclaration(v);
      if (e != null && nested == 0) {
        body.locals.put(e, v);
      }
      return super.visitVariable(v, p);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree l, Void p) {
      nested++;
      try {
        return super.visitLambdaExpression(l, p);
      } finally {
        nested--;
      }
    }

    @Override
    public Void visitClass(ClassTree c, Void p) {
      nested++;
      try {
        return super.visitClass(c, p);
      } finally {
        nested--;
      }
    }

    @Override
    public Void visitForLoop(ForLoopTree t, Void p) {
      // the initializer runs once: what it declares lives on through every iteration
      Tree first = t.getCondition() != null ? t.getCondition()
          : !t.getUpdate().isEmpty() ? t.getUpdate().get(0) : t.getStatement();
      loop(first, t);
      return super.visitForLoop(t, p);
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree t, Void p) {
      loop(t, t);
      return super.visitEnhancedForLoop(t, p);
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree t, Void p) {
      loop(t, t);
      return super.visitWhileLoop(t, p);
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree t, Void p) {
      loop(t, t);
      return super.visitDoWhileLoop(t, p);
    }

    /** A loop whose repeated part runs from {@code from} to the end of {@code loop}. */
    private void loop(Tree from, Tree loop) {
      if (nested == 0) {
        body.loops.add(new Span(body.positions.getStartPosition(body.unit, from), body.positions.getEndPosition(body.unit, loop)));
      }
    }

    /** An unqualified instance field or method of the method's class (or a supertype): a use of {@code this}. */
    private boolean isOwnInstanceMember(Element e) {
      if (e == null || owner == null || (e.getKind() != ElementKind.FIELD && e.getKind() != ElementKind.METHOD)
          || e.getModifiers().contains(Modifier.STATIC) || !(e.getEnclosingElement() instanceof TypeElement declaring)) {
        return false;
      }
      return types.isSubtype(types.erasure(owner.asType()), types.erasure(declaring.asType()));
    }
  }
}
