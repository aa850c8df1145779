import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.celltrial.analysis.simulation.Outcome;
import org.celltrial.analysis.simulation.SimIndication;
import org.celltrial.analysis.simulation.SimulatedStudy;
import org.celltrial.analysis.simulation.StudySimulator;

/** Times the in-memory generation of 1,000-subject synthetic trials: first call and best warm. */
public class SimulateStudyBench {
  public static void main(String[] args) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (SimIndication indication : SimIndication.values()) {
      double firstCpu = 0;
      double firstWall = 0;
      double bestCpu = Double.MAX_VALUE;
      double bestWall = Double.MAX_VALUE;
      for (int rep = 0; rep < 11; rep++) {
        long w0 = System.nanoTime();
        long c0 = bean.getCurrentThreadCpuTime();
        SimulatedStudy trial = StudySimulator.simulate(indication, 1000, rep);
        double cpu = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        double wall = (System.nanoTime() - w0) / 1e6;
        if (trial.count(Outcome::infused) == 0) {
          throw new IllegalStateException("no subject infused");
        }
        if (rep == 0) {
          firstCpu = cpu;
          firstWall = wall;
        } else {
          bestCpu = Math.min(bestCpu, cpu);
          bestWall = Math.min(bestWall, wall);
        }
      }
      System.out.printf(
          "%s n=1000: first call cpu %.0f ms, wall %.0f ms; warm best cpu %.0f ms, wall %.0f ms%n",
          indication.code(), firstCpu, firstWall, bestCpu, bestWall);
    }
  }
}
