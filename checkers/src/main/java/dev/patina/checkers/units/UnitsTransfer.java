package dev.patina.checkers.units;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.expression.JavaExpression;
import org.checkerframework.framework.flow.CFAbstractAnalysis;
import org.checkerframework.framework.flow.CFStore;
import org.checkerframework.framework.flow.CFTransfer;
import org.checkerframework.framework.flow.CFValue;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.javacutil.AnnotationUtils;

/**
 * Flow refinement of units: a variable takes the unit of what is assigned to it, except that a
 * literal or constant (any unit) does not make it "any unit": a variable declared with a unit
 * keeps it ({@code @Unit("m") double d = 5;} is metres), and an unannotated local becomes
 * dimensionless ({@code double n = 0;} has no unit).
 */
final class UnitsTransfer extends CFTransfer {

  private final UnitsAnnotatedTypeFactory factory;

  UnitsTransfer(CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis, UnitsAnnotatedTypeFactory factory) {
    super(analysis);
    this.factory = factory;
  }

  @Override
  public TransferResult<CFValue, CFStore> visitAssignment(AssignmentNode n, TransferInput<CFValue, CFStore> in) {
    TransferResult<CFValue, CFStore> result = super.visitAssignment(n, in);
    Node target = n.getTarget();
    CFValue value = result.getResultValue();
    if (value == null || result.containsTwoStores()
        || !(target instanceof LocalVariableNode || target instanceof FieldAccessNode)
        || !factory.isNumeric(target.getType())) {
      return result;
    }
    AnnotationMirror assigned =
        factory.getQualifierHierarchy().findAnnotationInHierarchy(value.getAnnotations(), factory.top());
    if (assigned == null || !AnnotationUtils.areSame(assigned, factory.bottom())) {
      return result;
    }
    Element element = target instanceof LocalVariableNode l ? l.getElement() : ((FieldAccessNode) target).getElement();
    AnnotatedTypeMirror declared = factory.getAnnotatedType(element);
    AnnotationMirror unit = declared.getPrimaryAnnotationInHierarchy(factory.top());
    if (unit == null || AnnotationUtils.areSame(unit, factory.top())) {
      unit = factory.one();
    }
    result.getRegularStore().replaceValue(JavaExpression.fromNode(target), unit);
    return result;
  }
}
