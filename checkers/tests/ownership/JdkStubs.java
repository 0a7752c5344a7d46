import dev.patina.ownership.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

// The JDK stubs: Collection.add, Map.put, Deque.push, Optional.of and friends take ownership.

@Linear
class StubRes {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class JdkStubs {
  // fires: [P0382] Collection.add moves the element
  void collectionAdd(Collection<StubRes> c) {
    StubRes r = new StubRes();
    c.add(r);
    // :: error: [P0382]
    r.read();
  }

  // fires: [P0382] Map.put moves the value (and hands back the previous one, which is owned)
  void mapPut(Map<String, StubRes> m) {
    StubRes r = new StubRes();
    StubRes previous = m.put("k", r);
    if (previous != null) {
      previous.close();
    }
    // :: error: [P0382]
    r.close();
  }

  // fires: [P1002] Map.put returns the previous value, owned by the caller (a method result of a
  // tracked type): a bare put statement drops it
  void mapPutDropsPrevious(Map<String, StubRes> m) {
    // :: error: [P1002]
    m.put("k", new StubRes());
  }

  // fires: [P0382] Deque.push moves the element
  void dequePush(Deque<StubRes> d) {
    StubRes r = new StubRes();
    d.push(r);
    // :: error: [P0382]
    d.push(r);
  }

  // fires: [P0382] Optional.of moves its argument
  Optional<StubRes> optionalOf() {
    StubRes r = new StubRes();
    Optional<StubRes> o = Optional.of(r);
    // :: error: [P0382]
    r.read();
    return o;
  }

  // silent: ArrayList.add (an override of List.add) moves: nothing is left to consume
  List<StubRes> arrayListAdd() {
    ArrayList<StubRes> l = new ArrayList<>();
    StubRes r = new StubRes();
    l.add(r);
    l.add(new StubRes());
    return l;
  }

  // silent: HashMap.put, Set.add, Queue.offer, Deque.offerLast and addAll all take ownership
  void manyOwners(Set<StubRes> s, Queue<StubRes> q, Deque<StubRes> d, List<StubRes> all) {
    HashMap<String, StubRes> m = new HashMap<>();
    StubRes a = new StubRes();
    StubRes b = new StubRes();
    StubRes c = new StubRes();
    StubRes e = new StubRes();
    StubRes replaced = m.put("a", a);
    if (replaced != null) {
      replaced.close();
    }
    s.add(b);
    q.offer(c);
    d.offerLast(e);
    all.addAll(m.values());
  }

  // silent: BlockingQueue.put takes ownership
  void blockingPut(BlockingQueue<StubRes> q) throws InterruptedException {
    StubRes r = new StubRes();
    q.put(r);
  }

  // silent: Optional.of takes the value, and get() gives an owned value back
  void optionalRoundTrip() {
    Optional<StubRes> o = Optional.of(new StubRes());
    StubRes back = o.get();
    back.close();
  }

  // silent: contains and remove(Object) take Object parameters, which only borrow
  void lookupsBorrow(List<StubRes> l) {
    StubRes r = new StubRes();
    boolean has = l.contains(r);
    l.remove(r);
    r.close();
  }

  // fires: [P1001] a value taken out of a deque is owned by the taker
  void pollLeaks(ArrayDeque<StubRes> d) {
    // :: error: [P1001]
    StubRes r = d.poll();
    if (r != null) {
      r.read();
    }
  }
}
