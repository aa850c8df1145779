package org.celltrial.design.controls;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.DesignMessages;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * Proposes a target value p0 for a single-arm CAR-T trial from the historical-control library.
 *
 * <ul>
 *   <li>G-DES-3: where an approved CAR-T exists for the population, its efficacy enters the target.
 *       The proposal takes the lowest headline rate among approved CAR-T products: a new product
 *       must at least match the least active approved alternative.
 *   <li>G-DES-2 and G-DES-4: otherwise (or with {@link TargetBasis#BAT}) the target is the highest
 *       headline rate among best-available-therapy controls of the population.
 * </ul>
 *
 * <p>Only entries marked {@code primary} (one headline result per study) are candidates; the rest
 * are listed as context.
 */
public final class TargetAdvisor {
  private TargetAdvisor() {}

  /**
   * The proposal for an indication and line.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when the library holds no such line, or no
   *     control of the asked basis
   */
  public static TargetProposal propose(
      ControlLibrary library, Indication indication, String line, TargetBasis basis) {
    List<HistoricalControl> controls = library.find(indication, line);
    if (controls.isEmpty()) {
      throw DesignMessages.error(
          "targets.line",
          line,
          indication.label(),
          library.version(),
          String.join(", ", library.lines(indication)));
    }
    Optional<HistoricalControl> carT =
        controls.stream()
            .filter(c -> c.primary() && c.approvedCarT())
            .min(Comparator.comparingDouble(HistoricalControl::rate));
    Optional<HistoricalControl> bat =
        controls.stream()
            .filter(c -> c.primary() && c.role() == ControlRole.BAT)
            .max(Comparator.comparingDouble(HistoricalControl::rate));
    boolean useCarT = basis == TargetBasis.CAR_T || (basis == TargetBasis.AUTO && carT.isPresent());
    Optional<HistoricalControl> chosen = useCarT ? carT : bat;
    if (chosen.isEmpty()) {
      throw DesignMessages.error(
          "targets.noControl", basis.label(), library.version(), indication.label(), line);
    }
    HistoricalControl source = chosen.get();
    String approved =
        controls.stream()
            .filter(c -> c.primary() && c.approvedCarT())
            .map(c -> c.study() + " " + percent(c.rate()))
            .collect(Collectors.joining(", "));
    Message why =
        useCarT
            ? DesignMessages.of(
                "targets.justify.carT",
                percent(source.rate()),
                library.version(),
                describe(source),
                bat.map(TargetAdvisor::describe).orElse("-"))
            : DesignMessages.of(
                "targets.justify.bat",
                percent(source.rate()),
                library.version(),
                describe(source),
                approved.isEmpty() ? "-" : approved);
    return new TargetProposal(
        indication,
        source.line(),
        basis,
        source.rate(),
        useCarT ? "G-DES-3" : "G-DES-2, G-DES-4",
        source,
        why,
        controls,
        library.version());
  }

  /**
   * "ZUMA-1 (Axicabtagene ciloleucel (axi-cel); FDA 2017, NMPA 2021): ORR 82.0% (83/101, 95% CI
   * 73.3%-89.1%) [citation]", the interval being the exact one computed from r/n.
   */
  private static String describe(HistoricalControl c) {
    ProportionInterval ci = c.exactInterval();
    String approvals = c.approvals().isEmpty() ? "" : "; " + String.join(", ", c.approvals());
    return String.format(
        Locale.ROOT,
        "%s (%s%s): %s %s (%d/%d, 95%% CI %s-%s) [%s]",
        c.study(),
        c.therapy(),
        approvals,
        c.endpoint(),
        percent(c.rate()),
        c.responders(),
        c.n(),
        percent(ci.lower()),
        percent(ci.upper()),
        c.citation());
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }
}
