package org.celltrial.clinical.lines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.subject.PriorTherapy;

/**
 * Counts lines of therapy after the IMWG consensus (Rajkumar, Richardson, San Miguel, Blood
 * 2015;126:921), the convention also used for lymphoma and ALL histories.
 *
 * <p>A line is one or more cycles of a regimen or a planned sequential programme (induction → SCT →
 * consolidation → maintenance is one line). Walking the history in date order, an entry starts a
 * new line unless it is flagged {@code plannedSequence} (a planned continuation such as a planned
 * ASCT or tandem ASCT), or it only drops drugs from or repeats the previous regimen without an
 * intervening progression (dose changes and dropped drugs are not a new line). Hence a new line
 * starts on: an unplanned addition or substitution of a drug, a different regimen, any therapy
 * after a progression (including re-use of an earlier regimen, as in the CIBMTR manual's example),
 * an unplanned SCT and any therapy after an unplanned SCT. Radiotherapy alone is not systemic and
 * not counted (G-POP-4 counts lines of systemic therapy); bridging therapy is not part of the
 * history (it is a journey event).
 */
public final class LinesOfTherapy {
  private LinesOfTherapy() {}

  /**
   * The lines of a history.
   *
   * @param lines the lines, numbered from 1
   * @param unknownAgents agent names the dictionary does not know (compared by name)
   */
  public record Count(List<Line> lines, List<String> unknownAgents) {
    /** Copies the lists. */
    public Count {
      lines = List.copyOf(lines);
      unknownAgents = List.copyOf(unknownAgents);
    }

    /** The number of lines. */
    public int size() {
      return lines.size();
    }
  }

  /** Splits a history (any order) into lines; see the class comment for the rules. */
  public static Count count(List<PriorTherapy> history, DrugDictionary dictionary) {
    List<PriorTherapy> sorted =
        history.stream()
            .sorted(Comparator.comparing(PriorTherapy::start))
            .filter(e -> isSystemic(e, dictionary))
            .toList();
    List<Line> lines = new ArrayList<>();
    List<PriorTherapy> current = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    PriorTherapy previous = null;
    for (PriorTherapy entry : sorted) {
      unknown.addAll(dictionary.resolve(entry.agents()).unknown());
      if (previous != null && startsNewLine(previous, entry, dictionary)) {
        lines.add(new Line(lines.size() + 1, current));
        current = new ArrayList<>();
      }
      current.add(entry);
      previous = entry;
    }
    if (!current.isEmpty()) {
      lines.add(new Line(lines.size() + 1, current));
    }
    return new Count(lines, List.copyOf(unknown));
  }

  static boolean startsNewLine(
      PriorTherapy previous, PriorTherapy entry, DrugDictionary dictionary) {
    if (entry.plannedSequence()) {
      return false;
    }
    if (entry.isTransplant() || previous.isTransplant() || previous.progressed()) {
      return true;
    }
    Set<String> before = dictionary.resolve(previous.agents()).identities();
    Set<String> now = dictionary.resolve(entry.agents()).identities();
    return !before.containsAll(now);
  }

  /** Whether an entry is systemic therapy: a transplant, or any agent other than radiotherapy. */
  static boolean isSystemic(PriorTherapy entry, DrugDictionary dictionary) {
    if (entry.isTransplant()) {
      return true;
    }
    DrugDictionary.Resolution r = dictionary.resolve(entry.agents());
    return !r.unknown().isEmpty()
        || r.agents().stream().anyMatch(a -> !a.is(DrugClass.RADIOTHERAPY));
  }
}
