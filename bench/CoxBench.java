import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.stats.cox.CoxFit;
import org.celltrial.stats.cox.CoxRegression;
import org.celltrial.stats.cox.Covariate;
import org.celltrial.stats.cox.Ties;
import org.celltrial.stats.logrank.LogRankResult;
import org.celltrial.stats.logrank.LogRankTest;

/**
 * In-process timing of the engines on a bench CSV (time,status,trt,age,sex,score,marker): the
 * log-rank test by trt and the Cox model (Efron) on the five covariates, the data already in memory.
 * Reports process CPU time (robust on a shared machine) and wall time, medians over the repeats
 * after the first (JIT warm-up).
 * Run by bench/cox.sh as: java -Xmx1g -cp celltrial.jar bench/CoxBench.java FILE REPEATS
 */
public final class CoxBench {
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int repeats = Integer.parseInt(args[1]);
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",");
        double[] r = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
          r[i] = Double.parseDouble(cells[i]);
        }
        rows.add(r);
      }
    }
    int n = rows.size();
    double[] time = new double[n];
    int[] event = new int[n];
    int[] group = new int[n];
    double[][] x = new double[5][n];
    for (int i = 0; i < n; i++) {
      double[] r = rows.get(i);
      time[i] = r[0];
      event[i] = (int) r[1];
      group[i] = (int) r[2];
      for (int j = 0; j < 5; j++) {
        x[j][i] = r[2 + j];
      }
    }
    rows = null;
    String[] names = {"trt", "age", "sex", "score", "marker"};
    List<Covariate> covariates = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      covariates.add(new Covariate.Numeric(names[j], x[j]));
    }
    double[] logrank = new double[repeats];
    double[] cox = new double[repeats];
    // the first run warms up the JIT and is not counted
    LogRankTest.compare(time, event, group, 2, null, 0);
    CoxRegression.fit(time, event, null, covariates, Ties.EFRON);
    LogRankResult lr = null;
    CoxFit fit = null;
    double[] logrankWall = new double[repeats];
    double[] coxWall = new double[repeats];
    for (int k = 0; k < repeats; k++) {
      long c0 = cpu();
      long t0 = System.nanoTime();
      lr = LogRankTest.compare(time, event, group, 2, null, 0);
      long c1 = cpu();
      long t1 = System.nanoTime();
      fit = CoxRegression.fit(time, event, null, covariates, Ties.EFRON);
      long c2 = cpu();
      long t2 = System.nanoTime();
      logrank[k] = (c1 - c0) / 1e9;
      cox[k] = (c2 - c1) / 1e9;
      logrankWall[k] = (t1 - t0) / 1e9;
      coxWall[k] = (t2 - t1) / 1e9;
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "n=%d logrank_s=%.3f cox_s=%.3f logrank_wall_s=%.3f cox_wall_s=%.3f chisq=%.6f coef1=%.8f"
            + " iterations=%d heap_used_mb=%d%n",
        n,
        median(logrank),
        median(cox),
        median(logrankWall),
        median(coxWall),
        lr.chisq(),
        fit.coef()[0],
        fit.iterations(),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /** CPU time of the whole process (all threads, GC and JIT included), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
