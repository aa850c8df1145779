package org.celltrial.analysis.study;

import java.util.function.Function;

/**
 * The last result of a pure function, kept for the same argument instance: the tables of one
 * analysis ask for the same analysis set and strata of the same subject list dozens of times, which
 * at 100,000 subjects was a tenth of the analysis (issue 8). Only identity is compared (an equal
 * but different list is computed afresh), so the saving never depends on equality being cheap; the
 * results must be immutable. Safe across threads: the entry is replaced whole.
 *
 * @param <A> the argument
 * @param <B> the result
 */
final class LastResult<A, B> {
  private record Entry<A, B>(A argument, B result) {}

  private final Function<A, B> fn;
  private volatile Entry<A, B> last;

  LastResult(Function<A, B> fn) {
    this.fn = fn;
  }

  /** {@code fn(a)}, computed again only when {@code a} is not the argument of the last call. */
  B apply(A a) {
    Entry<A, B> e = last;
    if (e != null && e.argument() == a) {
      return e.result();
    }
    B b = fn.apply(a);
    last = new Entry<>(a, b);
    return b;
  }
}
