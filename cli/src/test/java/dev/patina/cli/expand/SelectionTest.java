package dev.patina.cli.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.cli.expand.MethodFinder.FoundType;
import dev.patina.cli.expand.MethodFinder.Overload;
import dev.patina.processors.async.MachinePlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which plans {@code patina expand Class#method} shows, or why none. */
class SelectionTest {

  private static final MethodRef SUM = new MethodRef("shop.Shop", "sum");

  private static FoundType shop(Overload... overloads) {
    return new FoundType("shop.Shop", "shop.Shop", List.of(overloads), Set.of("sum", "close"));
  }

  private static String failure(Selection s) {
    assertThat(s).isInstanceOf(Selection.Failure.class);
    return ((Selection.Failure) s).message();
  }

  @Test
  void theOverloadsPlansInSourceOrder() {
    MachinePlan other = new MachinePlan("shop.Shop$Till", "sum", "()V", "Future<Void> sum()", "m", 1, List.of(), List.of());
    Selection s = Selection.of(SUM,
        List.of(shop(new Overload("sum(Receiver)", true), new Overload("sum(Receiver,int)", true),
            new Overload("sum()", false))),
        List.of(Plans.sumOfN(), other, Plans.sum()), true);
    assertThat(s).isEqualTo(new Selection.Plans("shop.Shop", List.of(Plans.sum(), Plans.sumOfN()), List.of("sum()")));
  }

  @Test
  void saysWhatIsMissing() {
    assertThat(failure(Selection.of(SUM, List.of(), List.of(), true))).isEqualTo("no class shop.Shop in the sources");
    assertThat(failure(Selection.of(new MethodRef("Shop", "sum"),
        List.of(shop(), new FoundType("mall.Shop", "mall.Shop", List.of(), Set.of())), List.of(), true)))
        .isEqualTo("Shop names several classes: shop.Shop, mall.Shop; give its qualified name");
    assertThat(failure(Selection.of(new MethodRef("shop.Shop", "total"),
        List.of(new FoundType("shop.Shop", "shop.Shop", List.of(), Set.of("close", "sum"))), List.of(), true)))
        .isEqualTo("shop.Shop has no method total; its methods: close, sum");
    assertThat(failure(Selection.of(SUM, List.of(new FoundType("shop.Shop", "shop.Shop", List.of(), Set.of())),
        List.of(), true))).isEqualTo("shop.Shop has no method sum; its methods: none");
  }

  @Test
  void aMethodThatIsNotAsyncHasNoMachine() {
    assertThat(failure(Selection.of(SUM, List.of(shop(new Overload("sum(int)", false))), List.of(Plans.sum()), true)))
        .isEqualTo("shop.Shop#sum is not @Async; mark it to have it rewritten");
    assertThat(failure(Selection.of(SUM,
        List.of(shop(new Overload("sum(int)", false), new Overload("sum(long)", false))), List.of(), true)))
        .isEqualTo("shop.Shop#sum is not @Async; mark it to have it rewritten (none of its 2 overloads is)");
  }

  @Test
  void anAsyncMethodWithoutAPlan() {
    assertThat(failure(Selection.of(SUM, List.of(shop(new Overload("sum(Receiver)", true))), List.of(), false)))
        .startsWith("the async rewriter (dev.patina.processors.async.AsyncProcessor) is not on Patina's class path");
    assertThat(failure(Selection.of(SUM, List.of(shop(new Overload("sum(Receiver)", true))), List.of(), true)))
        .startsWith("the async rewriter made no state machine for shop.Shop#sum");
  }

  @Test
  void methodRefs() {
    assertThat(MethodRef.parse("shop.Shop.Till#open")).contains(new MethodRef("shop.Shop.Till", "open"));
    assertThat(MethodRef.parse("Shop#sum")).contains(new MethodRef("Shop", "sum"));
    assertThat(MethodRef.parse("shop.Shop")).isEqualTo(Optional.empty());
    for (String bad : List.of("#sum", "shop.Shop#", "shop..Shop#sum", "shop.Shop#su m", "a#b#c", "shop.Shop#sum()")) {
      assertThatThrownBy(() -> MethodRef.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("`" + bad + "` is not Class#method (e.g. shop.Shop#sum)");
    }
  }
}
