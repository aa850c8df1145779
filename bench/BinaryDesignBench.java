import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.celltrial.design.RateHypotheses;
import org.celltrial.design.simon.SimonPlan;
import org.celltrial.design.simon.SimonTwoStage;
import org.celltrial.design.singlearm.TargetValueDesign;
import org.celltrial.design.singlearm.TargetValuePlan;

/**
 * Wall-clock time of the binary-endpoint design searches: the single-arm exact search to n = 1000
 * and the Simon two-stage search to n = 100, each timed on its first call in a fresh JVM (what one
 * command-line run pays) and as the best of 10 warm calls, in wall-clock and thread CPU time. Run by bench/binary-design-bench.sh.
 */
public class BinaryDesignBench {
  public static void main(String[] args) {
    RateHypotheses singleArm = new RateHypotheses(0.26, 0.45, 0.025, 0.9);
    RateHypotheses simon = new RateHypotheses(0.2, 0.4, 0.05, 0.8);
    time("single-arm p0 0.26 p1 0.45 a 0.025 power 0.9, n up to 1000", () -> {
      TargetValuePlan p = new TargetValueDesign(singleArm, 0, 1000).solve();
      return "n " + p.stable().n() + ", r " + p.stable().r();
    });
    time("simon p0 0.2 p1 0.4 a 0.05 power 0.8, n up to 100", () -> {
      SimonPlan p = new SimonTwoStage(simon, 100).solve();
      return "optimal " + p.optimal().r1() + "/" + p.optimal().n1() + ", " + p.optimal().r() + "/"
          + p.optimal().n();
    });
  }

  /**
   * Wall-clock and thread CPU time: on a shared machine the wall clock also counts time spent
   * waiting for a core, the CPU time does not.
   */
  private static void time(String what, java.util.function.Supplier<String> run) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    String result = run.get();
    double firstWall = (System.nanoTime() - t0) / 1e6;
    double firstCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
    long bestWall = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int rep = 0; rep < 10; rep++) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      run.get();
      bestWall = Math.min(bestWall, System.nanoTime() - t);
      bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c);
    }
    System.out.printf(
        "%s (%s)%n  first call: wall %.1f ms, cpu %.1f ms; best of 10 warm: wall %.1f ms, cpu %.1f ms%n",
        what, result, firstWall, firstCpu, bestWall / 1e6, bestCpu / 1e6);
  }
}
