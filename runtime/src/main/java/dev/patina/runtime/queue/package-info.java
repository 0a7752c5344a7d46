/**
 * Lock-free queues for the runtime: the work-stealing deque the executor schedules tasks on, and
 * two multi-producer multi-consumer queues for handing values between threads.
 *
 * <h2>Which queue</h2>
 *
 * <table>
 *   <caption>The queues of this package</caption>
 *   <tr><th>type</th><th>threads</th><th>bound</th><th>order</th><th>progress</th></tr>
 *   <tr>
 *     <td>{@link dev.patina.runtime.queue.WorkStealingDeque}</td>
 *     <td>one owner pushes and pops; any thread steals</td>
 *     <td>unbounded (grows)</td>
 *     <td>owner LIFO, thieves FIFO</td>
 *     <td>owner operations wait-free except when growing; {@code steal} lock-free</td>
 *   </tr>
 *   <tr>
 *     <td>{@link dev.patina.runtime.queue.MsQueue}</td>
 *     <td>any number of producers and consumers</td>
 *     <td>unbounded, one node per element</td>
 *     <td>FIFO, linearizable (except {@code size}, a snapshot)</td>
 *     <td>lock-free</td>
 *   </tr>
 *   <tr>
 *     <td>{@link dev.patina.runtime.queue.MpmcArrayQueue}</td>
 *     <td>any number of producers and consumers</td>
 *     <td>bounded, power-of-two capacity, no allocation after construction</td>
 *     <td>FIFO, linearizable</td>
 *     <td>no locks; a thread stopped between claiming and publishing a slot delays the threads
 *         that need that slot (as in every Vyukov-style queue)</td>
 *   </tr>
 * </table>
 *
 * <p>The two MPMC queues share the small {@link dev.patina.runtime.queue.ConcurrentQueue}
 * interface, so channels and tests can take either. None of the queues accepts {@code null}:
 * {@code null} is the answer for "nothing there".
 *
 * <h2>Memory ordering</h2>
 *
 * <p>Every shared field is accessed through a {@link java.lang.invoke.VarHandle}, in the weakest
 * mode that is correct, and the reason is written beside each access in the source (plain,
 * opaque, acquire, release or volatile). What the queues promise to callers is simple: everything
 * a thread wrote before it handed an element to {@code offer}/{@code push} is visible to the
 * thread that receives the element from {@code poll}/{@code pop}/{@code steal} (the same
 * happens-before edge as {@link java.util.concurrent.BlockingQueue}'s memory consistency effects).
 *
 * <h2>False sharing</h2>
 *
 * <p>The index fields that different threads write (a deque's top and bottom, a queue's head and
 * tail or producer and consumer indices) sit on separate cache lines: each class inherits its
 * fields from a chain of padding classes (the JCTools layout), because HotSpot lays out a
 * superclass's fields before its subclass's but reorders the fields within one class.
 *
 * <h2>How they are tested</h2>
 *
 * <p>Lincheck checks linearizability (model checking and stress), jcstress checks the orderings
 * on real hardware, JUnit runs many-producer many-consumer sanity tests, and a deliberately
 * broken queue shows that the tests catch what they claim to catch. {@code docs/runtime/queues.md}
 * has the details and the commands.
 */
package dev.patina.runtime.queue;
