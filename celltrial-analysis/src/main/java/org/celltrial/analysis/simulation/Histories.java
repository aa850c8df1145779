package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.TransplantType;

/**
 * Treatment histories shaped by the eligibility rules: B-ALL after frontline (± salvage or
 * allo-HSCT) with Ph+ disease on two TKIs or with T315I (G-POP-3); LBCL after R-CHOP and salvage ±
 * ASCT (G-POP-4); MM after three or more lines including a PI, an IMiD and an anti-CD38 antibody,
 * induction → ASCT → maintenance being one line (G-POP-5). An ineligible history misses one rule.
 * Dates are built as days from diagnosis, then placed so that the last progression falls 10 to 40
 * days before screening.
 */
final class Histories {
  private final Draw draw;
  private final HistoryPlan plan;

  private Histories(Draw draw) {
    this.draw = draw;
    this.plan = new HistoryPlan(draw);
  }

  static Background of(
      SimIndication indication, Draw draw, LocalDate screening, boolean eligible, int age) {
    Histories h = new Histories(draw);
    return switch (indication) {
      case B_ALL -> h.ball(screening, eligible, age);
      case LBCL -> h.lbcl(screening, eligible);
      case MM -> h.mm(screening, eligible);
    };
  }

  private Background ball(LocalDate screening, boolean eligible, int age) {
    boolean ph = draw.chance(age < 18 ? 0.03 : 0.25);
    boolean t315i = ph && eligible && draw.chance(0.15);
    boolean secondTki = ph && eligible;
    List<String> induction =
        new ArrayList<>(List.of("vincristine", "prednisone", "daunorubicin", "pegaspargase"));
    List<String> consolidation =
        new ArrayList<>(List.of("methotrexate", "mercaptopurine", "cytarabine"));
    if (ph) {
      induction.add("imatinib");
      consolidation.add(secondTki ? "dasatinib" : "imatinib");
    }
    int start = draw.between(3, 10);
    int end = start + draw.between(28, 35);
    int cr = start + draw.between(26, 33);
    plan.add(
        "VDLP induction",
        induction,
        start,
        end,
        1,
        BestResponse.CR,
        cr,
        null,
        StopReason.PLANNED_NEXT_STEP,
        false);
    int pattern = eligible ? draw.index(new double[] {0.6, 0.25, 0.15}) : 3;
    int consStart = end + draw.between(7, 14);
    int last;
    if (pattern == 2) {
      int consEnd = cr + draw.between(90, 150);
      plan.add(
          "consolidation",
          consolidation,
          consStart,
          consEnd,
          null,
          null,
          null,
          null,
          StopReason.PLANNED_NEXT_STEP,
          true);
      int hsct = consEnd + draw.between(14, 40);
      last = hsct + draw.between(180, 600);
      plan.transplant("allo-HSCT", hsct, last, TransplantType.ALLO);
    } else {
      int relapse =
          cr
              + (pattern == 1
                  ? draw.between(90, 330)
                  : pattern == 3 ? draw.between(420, 900) : draw.between(150, 700));
      plan.add(
          "consolidation and maintenance",
          consolidation,
          consStart,
          relapse,
          null,
          null,
          null,
          relapse,
          StopReason.PROGRESSION,
          true);
      last = relapse;
      if (pattern == 0) {
        List<String> salvage =
            new ArrayList<>(
                draw.chance(0.5)
                    ? List.of("fludarabine", "cytarabine", "idarubicin")
                    : List.of("inotuzumab ozogamicin"));
        if (ph) {
          salvage.add(t315i ? "ponatinib" : "dasatinib");
        }
        int s = relapse + draw.between(5, 14);
        int e = s + draw.between(40, 60);
        last = e + draw.between(0, 20);
        plan.add(
            salvage.size() > 2 ? "FLAG-IDA" : "inotuzumab",
            salvage,
            s,
            e,
            2,
            BestResponse.NR,
            null,
            last,
            StopReason.PROGRESSION,
            false);
      }
    }
    Cytogenetics cyto =
        new Cytogenetics(
            ph ? PhStatus.POSITIVE : PhStatus.NEGATIVE, t315i ? List.of("T315I") : List.of());
    return plan.background(screening, last, null, cyto, pattern != 2);
  }

  private Background lbcl(LocalDate screening, boolean eligible) {
    Subtype subtype =
        List.of(Subtype.DLBCL, Subtype.HGBL, Subtype.PMBCL, Subtype.TFL)
            .get(draw.index(new double[] {0.75, 0.10, 0.07, 0.08}));
    int start = draw.between(7, 21);
    int cycles = 6;
    int end = start + 21 * cycles - 21 + draw.between(0, 7);
    boolean cr = draw.chance(0.6);
    int progression = end + (cr ? draw.between(60, 500) : draw.between(20, 90));
    plan.add(
        "R-CHOP",
        List.of("rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"),
        start,
        end,
        cycles,
        cr ? BestResponse.CR : BestResponse.PR,
        end + draw.between(10, 30),
        progression,
        StopReason.COMPLETED,
        false);
    int last = progression;
    if (eligible) {
      List<List<String>> salvages =
          List.of(
              List.of("rituximab", "ifosfamide", "carboplatin", "etoposide"),
              List.of("rituximab", "dexamethasone", "cytarabine", "cisplatin"),
              List.of("rituximab", "gemcitabine", "oxaliplatin"));
      List<String> names = List.of("R-ICE", "R-DHAP", "R-GemOx");
      int which = draw.between(0, 2);
      int s = progression + draw.between(7, 21);
      int c = draw.between(2, 3);
      int e = s + 21 * (c - 1) + draw.between(0, 5);
      if (draw.chance(0.35)) {
        plan.add(
            names.get(which),
            salvages.get(which),
            s,
            e,
            c,
            BestResponse.PR,
            e,
            null,
            StopReason.PLANNED_NEXT_STEP,
            false);
        int asct = e + draw.between(21, 40);
        last = asct + draw.between(60, 500);
        plan.transplant("ASCT", asct, last, TransplantType.AUTO);
      } else {
        last = e + draw.between(0, 30);
        plan.add(
            names.get(which),
            salvages.get(which),
            s,
            e,
            c,
            draw.chance(0.5) ? BestResponse.PD : BestResponse.SD,
            null,
            last,
            StopReason.PROGRESSION,
            false);
      }
      if (draw.chance(0.3)) {
        int s3 = last + draw.between(7, 21);
        int e3 = s3 + 21 * draw.between(1, 3);
        last = e3 + draw.between(0, 20);
        plan.add(
            "Pola-BR",
            List.of("polatuzumab vedotin", "bendamustine", "rituximab"),
            s3,
            e3,
            null,
            BestResponse.SD,
            null,
            last,
            StopReason.PROGRESSION,
            false);
      }
    }
    return plan.background(screening, last, subtype, new Cytogenetics(null, null), false);
  }

  private Background mm(LocalDate screening, boolean eligible) {
    int start = draw.between(7, 28);
    boolean asct = draw.chance(0.6);
    int end = start + 28 * (asct ? 4 : 8) - 28 + draw.between(0, 10);
    plan.add(
        "VRd induction",
        List.of("bortezomib", "lenalidomide", "dexamethasone"),
        start,
        end,
        asct ? 4 : 8,
        BestResponse.VGPR,
        end - draw.between(0, 20),
        null,
        StopReason.PLANNED_NEXT_STEP,
        false);
    int maintenance = end + draw.between(14, 30);
    if (asct) {
      int transplant = end + draw.between(40, 70);
      plan.transplant("ASCT", transplant, null, TransplantType.AUTO);
      maintenance = transplant + draw.between(90, 120);
    }
    int last = maintenance + draw.between(300, 900);
    plan.add(
        "lenalidomide maintenance",
        List.of("lenalidomide"),
        maintenance,
        last,
        null,
        BestResponse.VGPR,
        null,
        last,
        StopReason.PROGRESSION,
        true);
    last = line(last, draw.pick(List.of("Dara-Kd", "DPd", "Dara-Vd")), draw.between(6, 18));
    if (eligible) {
      last = line(last, draw.pick(List.of("Pd", "Kd", "Isa-Pd", "Elo-Pd")), draw.between(3, 10));
      if (draw.chance(0.4)) {
        last = line(last, draw.pick(List.of("Sd", "Cyclo-dex")), draw.between(2, 4));
      }
    }
    return plan.background(screening, last, null, new Cytogenetics(null, null), false);
  }

  private int line(int after, String name, int cycles) {
    List<String> agents =
        switch (name) {
          case "Dara-Kd" -> List.of("daratumumab", "carfilzomib", "dexamethasone");
          case "DPd" -> List.of("daratumumab", "pomalidomide", "dexamethasone");
          case "Dara-Vd" -> List.of("daratumumab", "bortezomib", "dexamethasone");
          case "Pd" -> List.of("pomalidomide", "dexamethasone");
          case "Kd" -> List.of("carfilzomib", "dexamethasone");
          case "Isa-Pd" -> List.of("isatuximab", "pomalidomide", "dexamethasone");
          case "Elo-Pd" -> List.of("elotuzumab", "pomalidomide", "dexamethasone");
          case "Sd" -> List.of("selinexor", "dexamethasone");
          default -> List.of("cyclophosphamide", "dexamethasone");
        };
    int s = after + draw.between(7, 21);
    int e = s + 28 * cycles - 28 + draw.between(0, 14);
    int progression = e + draw.between(0, 14);
    plan.add(
        name,
        agents,
        s,
        e,
        cycles,
        draw.chance(0.5) ? BestResponse.PR : BestResponse.SD,
        null,
        progression,
        StopReason.PROGRESSION,
        false);
    return progression;
  }
}
