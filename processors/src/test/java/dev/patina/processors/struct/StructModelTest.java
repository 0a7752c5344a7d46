package dev.patina.processors.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout algebra on its own, without javac or a C compiler. */
class StructModelTest {

  private static StructModel layOut(Repr repr, StructModel.Component... components) {
    return StructModel.layOut("p", "S", "S", repr, Order.LITTLE_ENDIAN, List.of(components));
  }

  private static StructModel.Component c(String name, FieldType type) {
    return new StructModel.Component(name, type);
  }

  private static List<Long> offsets(StructModel model) {
    return model.fields().stream().map(StructModel.Field::offset).toList();
  }

  @Test
  void cPadsEachFieldToItsAlignmentAndTheSizeToTheLargest() {
    StructModel m = layOut(Repr.C, c("a", Primitive.BYTE), c("b", Primitive.INT),
        c("c", Primitive.SHORT), c("d", Primitive.LONG), c("e", Primitive.BYTE));
    assertThat(offsets(m)).containsExactly(0L, 4L, 8L, 16L, 24L);
    assertThat(m.size()).isEqualTo(32);
    assertThat(m.alignment()).isEqualTo(8);
  }

  @Test
  void packedHasNoPaddingAndAlignmentOne() {
    StructModel m = layOut(Repr.PACKED, c("a", Primitive.BYTE), c("b", Primitive.INT),
        c("c", Primitive.SHORT), c("d", Primitive.LONG), c("e", Primitive.BYTE));
    assertThat(offsets(m)).containsExactly(0L, 1L, 5L, 7L, 15L);
    assertThat(m.size()).isEqualTo(16);
    assertThat(m.alignment()).isEqualTo(1);
  }

  @Test
  void primitivesHaveCsSizes() {
    assertThat(Primitive.BOOLEAN.size()).isEqualTo(1);
    assertThat(Primitive.CHAR.size()).isEqualTo(2);
    assertThat(Primitive.FLOAT.size()).isEqualTo(4);
    assertThat(Primitive.DOUBLE.alignment()).isEqualTo(8);
  }

  @Test
  void arraysTakeTheirElementsAlignmentAndNTimesItsSize() {
    StructModel m = layOut(Repr.C, c("tag", Primitive.BYTE),
        c("xs", new FieldType.Array(Primitive.SHORT, 3)), c("n", Primitive.BYTE));
    assertThat(offsets(m)).containsExactly(0L, 2L, 8L);
    assertThat(m.size()).isEqualTo(10);
    assertThat(m.alignment()).isEqualTo(2);
  }

  @Test
  void nestedStructsAreAlignedToTheirLargestMemberAndKeepTheirTailPadding() {
    StructModel inner = layOut(Repr.C, c("d", Primitive.DOUBLE), c("b", Primitive.BYTE));
    assertThat(inner.size()).isEqualTo(16);
    StructModel outer = layOut(Repr.C, c("a", Primitive.BYTE),
        c("in", new FieldType.Nested(inner)), c("b", Primitive.BYTE),
        c("ins", new FieldType.Array(new FieldType.Nested(inner), 2)));
    assertThat(offsets(outer)).containsExactly(0L, 8L, 24L, 32L);
    assertThat(outer.size()).isEqualTo(64);
    assertThat(outer.alignment()).isEqualTo(8);
  }

  @Test
  void aPackedStructInsideACStructIsAlignedToOne() {
    StructModel packed = layOut(Repr.PACKED, c("b", Primitive.BYTE), c("l", Primitive.LONG));
    StructModel outer = layOut(Repr.C, c("a", Primitive.BYTE),
        c("p", new FieldType.Nested(packed)), c("i", Primitive.INT));
    assertThat(offsets(outer)).containsExactly(0L, 1L, 12L);
    assertThat(outer.size()).isEqualTo(16);
  }

  @Test
  void anEmptyStructHasSizeZero() {
    assertThat(layOut(Repr.C).size()).isZero();
    assertThat(layOut(Repr.C).alignment()).isEqualTo(1);
  }

  @Test
  void arraysNeedAPositiveLengthAndOneDimension() {
    assertThatThrownBy(() -> new FieldType.Array(Primitive.INT, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FieldType.Array(new FieldType.Array(Primitive.INT, 2), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void alignUpRoundsToTheNextMultiple() {
    assertThat(StructModel.alignUp(0, 8)).isZero();
    assertThat(StructModel.alignUp(1, 8)).isEqualTo(8);
    assertThat(StructModel.alignUp(8, 8)).isEqualTo(8);
    assertThat(StructModel.alignUp(13, 4)).isEqualTo(16);
  }

  @Test
  void sizesThatOverflowALongAreRejected() {
    FieldType huge = new FieldType.Array(Primitive.LONG, Integer.MAX_VALUE);
    StructModel big = layOut(Repr.C, c("a", huge), c("b", huge));
    FieldType bigger = new FieldType.Array(new FieldType.Nested(big), Integer.MAX_VALUE);
    assertThatThrownBy(() -> layOut(Repr.C, c("x", bigger), c("y", bigger)))
        .isInstanceOf(ArithmeticException.class);
  }
}
