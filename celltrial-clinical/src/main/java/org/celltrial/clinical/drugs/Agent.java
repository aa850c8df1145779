package org.celltrial.clinical.drugs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One agent of the drug dictionary.
 *
 * @param generic the English generic (INN) name, lower case, the agent's canonical name
 * @param chinese the Chinese generic name, or {@code null} when the dictionary has none
 * @param brands brand names (English and Chinese)
 * @param classes the drug classes it belongs to
 * @param targets the antigens it is directed against (antibodies, ADCs, bispecifics, cells)
 * @param tkiGeneration the generation of a BCR-ABL1 TKI, {@code null} for other agents
 */
public record Agent(
    String generic,
    String chinese,
    List<String> brands,
    Set<DrugClass> classes,
    Set<Antigen> targets,
    TkiGeneration tkiGeneration) {
  /** Copies the collections; an absent list is empty. */
  public Agent {
    Objects.requireNonNull(generic, "generic");
    brands = brands == null ? List.of() : List.copyOf(brands);
    classes = classes == null ? Set.of() : Set.copyOf(classes);
    targets = targets == null ? Set.of() : Set.copyOf(targets);
  }

  /** Whether the agent belongs to the class. */
  public boolean is(DrugClass drugClass) {
    return classes.contains(drugClass);
  }
}
