package org.celltrial.design.dose;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.celltrial.design.DesignMessages;

/**
 * Monte Carlo operating characteristics of a {@link DoseFindingDesign}, in parallel and
 * reproducible whatever the number of threads.
 *
 * <p>Random streams: trials are grouped in blocks of {@value #BLOCK}; block b's generator is the
 * b-th {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)}, and trial i of a
 * block uses the i-th split of its block's generator. Each trial's stream depends only on the seed
 * and the trial's index, and the totals are integer sums, so any thread count gives identical
 * results.
 */
public final class DoseSimulator {
  /** Trials per block of work. */
  static final int BLOCK = 256;

  /** Largest number of simulated trials. */
  public static final int MAX_TRIALS = 10_000_000;

  private DoseSimulator() {}

  /**
   * Simulates {@code trials} trials of {@code design} under true DLT rates {@code trueTox}.
   *
   * @param threads worker threads, at least 1
   * @param progress called with the number of trials done after each block (from worker threads)
   */
  public static OperatingCharacteristics simulate(
      DoseFindingDesign design,
      double[] trueTox,
      int trials,
      long seed,
      int threads,
      LongConsumer progress) {
    int k = design.doses().length;
    DoseChecks.trueTox(trueTox, k);
    if (trials < 1 || trials > MAX_TRIALS) {
      throw DesignMessages.error("dose.trials", trials, MAX_TRIALS);
    }
    if (threads < 1 || threads > 1024) {
      throw DesignMessages.error("dose.threads", threads);
    }
    double[] p = trueTox.clone();
    DoseTrial trial = design.trial();
    int blocks = (trials + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] blockStreams = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      blockStreams[b] = root.split();
    }
    int trueMtd = trueMtd(p, design.target());
    Tally total = new Tally(k, trueMtd);
    AtomicLong done = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(
              () ->
                  IntStream.range(0, blocks)
                      .parallel()
                      .forEach(
                          b -> {
                            Tally local = new Tally(k, trueMtd);
                            TrialRecord record = new TrialRecord(k);
                            int count = Math.min(BLOCK, trials - b * BLOCK);
                            for (int i = 0; i < count; i++) {
                              record.reset();
                              trial.run(p, blockStreams[b].split(), record);
                              local.add(record);
                            }
                            total.merge(local);
                            progress.accept(done.addAndGet(count));
                          }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return total.result(trials);
  }

  /** The highest dose with true DLT rate ≤ φ, -1 when none. */
  static int trueMtd(double[] p, double target) {
    int mtd = -1;
    for (int j = 0; j < p.length; j++) {
      if (p[j] <= target) {
        mtd = j;
      }
    }
    return mtd;
  }

  /** Integer totals over trials. */
  private static final class Tally {
    private final int trueMtd;
    private final long[] selected;
    private final long[] patients;
    private final long[] dlts;
    private long early;
    private long windows;
    private long selectedAbove;

    Tally(int k, int trueMtd) {
      this.trueMtd = trueMtd;
      selected = new long[k + 1];
      patients = new long[k];
      dlts = new long[k];
    }

    void add(TrialRecord r) {
      selected[r.selected < 0 ? selected.length - 1 : r.selected]++;
      if (r.selected > trueMtd) {
        selectedAbove++;
      }
      for (int j = 0; j < patients.length; j++) {
        patients[j] += r.n[j];
        dlts[j] += r.dlt[j];
      }
      if (r.earlyStop) {
        early++;
      }
      windows += r.windows;
    }

    synchronized void merge(Tally o) {
      for (int j = 0; j < selected.length; j++) {
        selected[j] += o.selected[j];
      }
      for (int j = 0; j < patients.length; j++) {
        patients[j] += o.patients[j];
        dlts[j] += o.dlts[j];
      }
      early += o.early;
      windows += o.windows;
      selectedAbove += o.selectedAbove;
    }

    synchronized OperatingCharacteristics result(int trials) {
      int k = patients.length;
      double[] pct = new double[k];
      double[] meanN = new double[k];
      double[] meanY = new double[k];
      long all = 0;
      long above = 0;
      for (int j = 0; j < k; j++) {
        pct[j] = 100.0 * selected[j] / trials;
        meanN[j] = (double) patients[j] / trials;
        meanY[j] = (double) dlts[j] / trials;
        all += patients[j];
        if (j > trueMtd) {
          above += patients[j];
        }
      }
      return new OperatingCharacteristics(
          trials,
          trueMtd,
          pct,
          100.0 * selected[k] / trials,
          meanN,
          meanY,
          100.0 * early / trials,
          (double) all / trials,
          all == 0 ? 0 : 100.0 * above / all,
          100.0 * selectedAbove / trials,
          (double) windows / trials);
    }
  }
}
