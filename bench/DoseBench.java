import org.celltrial.design.dose.DoseFindingDesign;
import org.celltrial.design.dose.DoseMethod;
import org.celltrial.design.dose.DoseSimulator;
import org.celltrial.design.dose.OperatingCharacteristics;

/**
 * Wall-clock time of dose-finding simulations: 10,000 trials, 6 doses, target 0.3, cohorts of 3,
 * 36 patients, on the given number of threads (default 2). Run by bench/dose-bench.sh.
 */
public class DoseBench {
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    String[] methods = args.length > 1 ? args[1].split(",") : new String[] {"boin", "i3+3", "3+3", "crm"};
    double[] doses = {0.5, 1, 2, 5, 10, 20};
    double[] trueTox = {0.05, 0.1, 0.2, 0.3, 0.45, 0.6};
    double[] skeleton = {0.05, 0.1, 0.2, 0.3, 0.42, 0.55};
    for (String name : methods) {
      DoseMethod method = DoseMethod.parse(name);
      DoseFindingDesign design =
          new DoseFindingDesign(method, 0.3, doses, "x10^6 cells/kg", 3, 36, skeleton);
      int trials = 10_000;
      DoseSimulator.simulate(design, trueTox, 1000, 99, threads, x -> {});
      long best = Long.MAX_VALUE;
      OperatingCharacteristics oc = null;
      for (int rep = 0; rep < 3; rep++) {
        long t0 = System.nanoTime();
        oc = DoseSimulator.simulate(design, trueTox, trials, 1, threads, x -> {});
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf(
          "%-5s %d trials, 6 doses, %d threads: best of 3 = %.3f s (selected dose 4: %.1f%%)%n",
          name, trials, threads, best / 1e9, oc.percentSelected()[3]);
    }
  }
}
