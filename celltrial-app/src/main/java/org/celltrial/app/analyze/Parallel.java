package org.celltrial.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.celltrial.app.cli.CliMessages;
import org.celltrial.common.i18n.CelltrialException;

/**
 * Runs independent parts of an analysis side by side on the machine's cores and returns their
 * results in the order given, so the output does not depend on which part finishes first. A failure
 * of any part is rethrown as the part threw it (the first in order), after every part has ended, so
 * no part is still writing when the caller cleans up.
 */
final class Parallel {
  /** The most items of one run of {@link #map}. */
  private static final int RUN = 32;

  private Parallel() {}

  static <T> List<T> all(List<Callable<T>> parts) throws IOException {
    return all(parts, Runtime.getRuntime().availableProcessors());
  }

  /**
   * As {@link #all(List)} on at most {@code threads} threads: more than the cores when parts also
   * wait on the disk (the ADaM files beside the reports).
   */
  static <T> List<T> all(List<Callable<T>> parts, int threads) throws IOException {
    threads = Math.min(parts.size(), threads);
    if (threads <= 1) {
      return sequential(parts);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> p : parts) {
        futures.add(pool.submit(p));
      }
      List<T> out = new ArrayList<>();
      Throwable first = null;
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw rethrow(first);
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * {@code fn} applied to every item, in item order. The items are cut into short contiguous runs
   * that the cores take in turn, each run mapped in order; a failure is the first failing item's
   * (runs after it are still finished), so the same input reports the same error.
   */
  static <A, B> List<B> map(List<A> items, Function<A, B> fn) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads == 0) {
      return List.of();
    }
    // Short runs, taken by whichever core is free: one run per core left a core idle whenever
    // its half of the items happened to be the quicker one.
    int size = Math.max(1, Math.min(RUN, items.size() / threads));
    List<Callable<List<B>>> runs = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      List<A> run = items.subList(from, Math.min(items.size(), from + size));
      runs.add(() -> run.stream().map(fn).toList());
    }
    try {
      List<B> out = new ArrayList<>(items.size());
      for (List<B> r : all(runs)) {
        out.addAll(r);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> sequential(List<Callable<T>> parts) throws IOException {
    List<T> out = new ArrayList<>();
    for (Callable<T> p : parts) {
      try {
        out.add(p.call());
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw rethrow(e);
      }
    }
    return out;
  }

  private static IOException rethrow(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new CelltrialException(CliMessages.of("cli.internalError", String.valueOf(t)), t);
  }
}
