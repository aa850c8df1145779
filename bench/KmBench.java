import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;

/**
 * Java side of bench/km.sh, run as a single source file against the built jar (no build step):
 * {@code java -cp celltrial-app/target/celltrial.jar bench/KmBench.java FILE}. Prints the median
 * CPU time of this thread in seconds (the fit is single-threaded; CPU time is robust on a busy
 * machine) of 5 runs of Kaplan–Meier (log limits) + median on data in memory, after 5 warm-up
 * runs for the JIT.
 */
public final class KmBench {
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int n = lines.size() - 1;
    double[] time = new double[n];
    int[] event = new int[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split(",");
      time[i] = Double.parseDouble(cells[0]);
      event[i] = Integer.parseInt(cells[1]);
    }
    double sink = 0;
    for (int i = 0; i < 5; i++) {
      sink += run(time, event);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] seconds = new double[5];
    for (int i = 0; i < seconds.length; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += run(time, event);
      seconds[i] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.println(seconds[2] + (sink == 42 ? " " : ""));
  }

  private static double run(double[] time, int[] event) {
    KmCurve curve = KaplanMeier.fit(time, event, null, ConfType.LOG, 0.95);
    return curve.median().estimate();
  }
}
