package org.celltrial.clinical.lines;

import java.util.List;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.subject.PriorTherapy;

/**
 * One line of therapy: the history entries that make it up (a regimen and its planned sequel, e.g.
 * induction, ASCT, maintenance).
 *
 * @param number the line's number, from 1
 * @param entries the history entries, in date order
 */
public record Line(int number, List<PriorTherapy> entries) {
  /** Copies the entries. */
  public Line {
    entries = List.copyOf(entries);
  }

  /** The first entry, which starts the line. */
  public PriorTherapy head() {
    return entries.get(0);
  }

  /** Whether any entry of the line contains an agent of the class. */
  public boolean has(DrugClass drugClass, DrugDictionary dictionary) {
    return entries.stream().anyMatch(e -> dictionary.resolve(e.agents()).has(drugClass));
  }

  /** Whether one entry of the line combines an agent of each of the two classes. */
  public boolean combines(DrugClass a, DrugClass b, DrugDictionary dictionary) {
    return entries.stream()
        .map(e -> dictionary.resolve(e.agents()))
        .anyMatch(r -> r.has(a) && r.has(b));
  }

  /** The line's label: its entries' names joined by arrows. */
  public String label() {
    return String.join(" → ", entries.stream().map(PriorTherapy::label).toList());
  }
}
