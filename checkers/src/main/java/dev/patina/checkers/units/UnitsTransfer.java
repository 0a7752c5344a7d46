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
 * dimensionless ({@code double n = 0;} has no unit). A field declared with a unit has that unit
 * wherever it is read, even when its initializer is a literal: the Checker Framework would
 * otherwise carry the initializer's "any unit" into every method, so that {@code static final
 * @Unit("m/s^2") double G = 9.81;} took any unit like a bare constant.
 */
final class UnitsTransfer extends CFTransfer {

  private final UnitsAnnotatedTypeFactory factory;

  UnitsTransfer(CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis, UnitsAnnotatedTypeFactory factory) {
    super(analysis);
    this.factory = factory;
  }

  @Override
  public TransferResult<CFValue, CFStore> visitFieldAccess(FieldAccessNode n, TransferInput<CFValue, CFStore> in) {
    TransferResult<CFValue, CFStore> result = super.visitFieldAccess(n, in);
    CFValue value = result.getResultValue();
    if (value == null || !factory.isNumeric(n.getType())
        || !UnitsAnnotatedTypeFactory.hasExplicitUnit(n.getElement())) {
      return result;
    }
    AnnotationMirror read =
        factory.getQualifierHierarchy().findAnnotationInHierarchy(value.getAnnotations(), factory.top());
    AnnotationMirror declared =
        factory.getAnnotatedType(n.getElement()).getPrimaryAnnotationInHierarchy(factory.top());
    if (read != null && declared != null && AnnotationUtils.areSame(read, factory.bottom())
        && !AnnotationUtils.areSame(declared, factory.bottom())) {
      result.setResultValue(analysis.createSingleAnnotationValue(declared, n.getType()));
    }
    return result;
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
