package org.celltrial.clinical.refractory;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.refractory.Refractoriness.Status;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.subject.PriorTherapy;

/**
 * Exposure and refractoriness by drug class over a whole history. A class is refractory when any
 * therapy containing one of its agents was refractory ({@link Refractoriness}); undetermined when
 * none was but one could not be judged. Myeloma summaries (IMWG; the definitions used by CAR-T
 * trials such as KarMMa and CARTITUDE-1): triple-class exposed = exposed to a proteasome inhibitor,
 * an IMiD and an anti-CD38 antibody; triple-class refractory = refractory to each of the three;
 * primary refractory = never minimal response or better on any therapy.
 */
public final class ClassExposure {
  /** The three classes of the myeloma summaries, in the order PI, IMiD, anti-CD38. */
  public static final List<DrugClass> TRIPLE =
      List.of(DrugClass.PI, DrugClass.IMID, DrugClass.ANTI_CD38);

  private ClassExposure() {}

  /**
   * One class's status.
   *
   * @param drugClass the class
   * @param exposed whether any prior therapy contained an agent of the class
   * @param refractory refractory, not refractory (also when not exposed) or undetermined
   * @param therapies labels of the therapies containing the class
   * @param missing when undetermined, the missing fields ({@code history[3].progression})
   */
  public record ClassStatus(
      DrugClass drugClass,
      boolean exposed,
      Status refractory,
      List<String> therapies,
      List<String> missing) {
    /** Copies the lists. */
    public ClassStatus {
      therapies = List.copyOf(therapies);
      missing = List.copyOf(missing);
    }
  }

  /** The status of one class in a history. */
  public static ClassStatus of(
      DrugClass drugClass,
      List<PriorTherapy> history,
      DrugDictionary dictionary,
      Indication indication,
      int windowDays) {
    boolean exposed = false;
    boolean undetermined = false;
    boolean refractory = false;
    List<String> labels = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      PriorTherapy t = history.get(i);
      if (t.isTransplant() || !dictionary.resolve(t.agents()).has(drugClass)) {
        continue;
      }
      exposed = true;
      labels.add(t.label());
      Refractoriness r = Refractoriness.of(t, indication, windowDays);
      refractory |= r.status() == Status.REFRACTORY;
      if (r.status() == Status.UNDETERMINED) {
        undetermined = true;
        for (String field : r.missing()) {
          missing.add("history[" + i + "]." + field);
        }
      }
    }
    Status status =
        refractory ? Status.REFRACTORY : undetermined ? Status.UNDETERMINED : Status.NOT_REFRACTORY;
    return new ClassStatus(
        drugClass, exposed, status, labels, status == Status.UNDETERMINED ? missing : List.of());
  }

  /** Triple-class exposed: PI, IMiD and anti-CD38 all exposed. */
  public static boolean tripleClassExposed(List<ClassStatus> triple) {
    return triple.stream().allMatch(ClassStatus::exposed);
  }

  /** Triple-class refractory: refractory to each class; not if any class is not refractory. */
  public static Status tripleClassRefractory(List<ClassStatus> triple) {
    if (triple.stream().anyMatch(c -> c.refractory() == Status.NOT_REFRACTORY)) {
      return Status.NOT_REFRACTORY;
    }
    return triple.stream().allMatch(c -> c.refractory() == Status.REFRACTORY)
        ? Status.REFRACTORY
        : Status.UNDETERMINED;
  }

  /**
   * Primary refractory: no therapy ever reached a response ({@link Refractoriness#responding}); not
   * primary refractory once one did; undetermined when the others' best responses are missing.
   */
  public static Status primaryRefractory(List<PriorTherapy> history, Indication indication) {
    boolean missing = false;
    boolean any = false;
    for (PriorTherapy t : history) {
      if (t.isTransplant()) {
        continue;
      }
      any = true;
      if (t.bestResponse() == null) {
        missing = true;
      } else if (Refractoriness.responding(t.bestResponse(), indication)) {
        return Status.NOT_REFRACTORY;
      }
    }
    if (!any) {
      return Status.NOT_REFRACTORY;
    }
    return missing ? Status.UNDETERMINED : Status.REFRACTORY;
  }
}
