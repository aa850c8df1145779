package org.celltrial.analysis.cdisc.sdtm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Variable;

/**
 * One SDTM domain as celltrial writes and reads it: its variables in order (SDTMIG v3.4 names and
 * labels), which of them are required, and the variables whose values must be unique per record.
 *
 * @param name the domain (dataset) name, e.g. {@code DM} or {@code SUPPAE}
 * @param label the dataset label
 * @param vars the variables, in order
 * @param key the variables that together identify a record (duplicate-key rule)
 */
record Domain(String name, String label, List<Var> vars, List<String> key) {

  /**
   * A variable.
   *
   * @param name SDTM variable name
   * @param label SDTM variable label
   * @param kind value kind
   * @param required whether every record must have a value (SDTM "Req")
   */
  record Var(String name, String label, Kind kind, boolean required) {}

  static final Map<String, Domain> ALL = new LinkedHashMap<>();

  static final Domain TS =
      define(
          "TS",
          "Trial Summary",
          "TSSEQ TSPARMCD",
          "TSSEQ:Sequence Number:I!",
          "TSPARMCD:Trial Summary Parameter Short Name:T!",
          "TSPARM:Trial Summary Parameter:T!",
          "TSVAL:Parameter Value:T!");
  static final Domain DM =
      define(
          "DM",
          "Demographics",
          "USUBJID",
          "SUBJID:Subject Identifier for the Study:T!",
          "RFSTDTC:Subject Reference Start Date/Time:D",
          "RFXSTDTC:Date/Time of First Study Treatment:D",
          "RFPENDTC:Date/Time of End of Participation:D",
          "DTHDTC:Date/Time of Death:D",
          "DTHFL:Subject Death Flag:T",
          "SITEID:Study Site Identifier:T!",
          "BRTHDTC:Date/Time of Birth:D",
          "AGE:Age:I",
          "AGEU:Age Units:T",
          "SEX:Sex:T!",
          "ARMCD:Planned Arm Code:T!",
          "ARM:Description of Planned Arm:T!",
          "ACTARMCD:Actual Arm Code:T!",
          "ACTARM:Description of Actual Arm:T!");
  static final Domain EX =
      define(
          "EX",
          "Exposure",
          "USUBJID EXSEQ",
          "EXSEQ:Sequence Number:I!",
          "EXGRPID:Group ID:T",
          "EXSPID:Sponsor-Defined Identifier:T",
          "EXCAT:Category of Treatment:T!",
          "EXTRT:Name of Treatment:T!",
          "EXDOSE:Dose:N",
          "EXDOSU:Dose Units:T",
          "EXSTDTC:Start Date/Time of Treatment:D!",
          "EXENDTC:End Date/Time of Treatment:D");
  static final Domain CM =
      define(
          "CM",
          "Concomitant/Concurrent Medications",
          "USUBJID CMSEQ",
          "CMSEQ:Sequence Number:I!",
          "CMGRPID:Group ID:T",
          "CMSPID:Sponsor-Defined Identifier:T",
          "CMCAT:Category for Medication:T!",
          "CMSCAT:Subcategory for Medication:T",
          "CMTRT:Reported Name of Drug, Med, or Therapy:T!",
          "CMSTDTC:Start Date/Time of Medication:D!",
          "CMENDTC:End Date/Time of Medication:D");
  static final Domain PR =
      define(
          "PR",
          "Procedures",
          "USUBJID PRSEQ",
          "PRSEQ:Sequence Number:I!",
          "PRGRPID:Group ID:T",
          "PRSPID:Sponsor-Defined Identifier:T",
          "PRCAT:Category:T!",
          "PRSCAT:Subcategory:T",
          "PRTRT:Reported Name of Procedure:T!",
          "PRSTDTC:Start Date/Time of Procedure:D!",
          "PRENDTC:End Date/Time of Procedure:D");
  static final Domain DS =
      define(
          "DS",
          "Disposition",
          "USUBJID DSSEQ",
          "DSSEQ:Sequence Number:I!",
          "DSSPID:Sponsor-Defined Identifier:T",
          "DSTERM:Reported Term for the Disposition Event:T!",
          "DSDECOD:Standardized Disposition Term:T!",
          "DSCAT:Category for Disposition Event:T!",
          "DSSTDTC:Start Date/Time of Disposition Event:D!");
  static final Domain AE =
      define(
          "AE",
          "Adverse Events",
          "USUBJID AESEQ",
          "AESEQ:Sequence Number:I!",
          "AESPID:Sponsor-Defined Identifier:T",
          "AETERM:Reported Term for the Adverse Event:T!",
          "AEDECOD:Dictionary-Derived Term:T",
          "AECAT:Category for Adverse Event:T!",
          "AESCAT:Subcategory for Adverse Event:T",
          "AETOXGR:Standard Toxicity Grade:T",
          "AESTDTC:Start Date/Time of Adverse Event:D!",
          "AEENDTC:End Date/Time of Adverse Event:D",
          "AESTDY:Study Day of Start of Adverse Event:I",
          "AEOUT:Outcome of Adverse Event:T",
          "AEREL:Causality:T",
          "AESLIFE:Is Life Threatening:T",
          "AESDTH:Results in Death:T");
  static final Domain FA =
      define(
          "FA",
          "Findings About Events or Interventions",
          "USUBJID FATESTCD FAOBJ",
          "FASEQ:Sequence Number:I!",
          "FATESTCD:Findings About Test Short Name:T!",
          "FATEST:Findings About Test Name:T!",
          "FAOBJ:Object of the Observation:T!",
          "FAORRES:Result or Finding in Original Units:T!",
          "FASTRESC:Character Result/Finding in Std Format:T!");
  static final Domain LB =
      define(
          "LB",
          "Laboratory Test Results",
          "USUBJID LBTESTCD LBDTC LBBLFL",
          "LBSEQ:Sequence Number:I!",
          "LBTESTCD:Lab Test or Examination Short Name:T!",
          "LBTEST:Lab Test or Examination Name:T!",
          "LBCAT:Category for Lab Test:T",
          "LBORRES:Result or Finding in Original Units:T!",
          "LBORRESU:Original Units:T",
          "LBORNRLO:Reference Range Lower Limit in Orig Unit:T",
          "LBSTRESN:Numeric Result/Finding in Standard Units:N",
          "LBMETHOD:Method of Test or Examination:T",
          "LBLLOQ:Lower Limit of Quantitation:N",
          "LBBLFL:Baseline Flag:T",
          "LBDTC:Date/Time of Specimen Collection:D!");
  static final Domain VS =
      define(
          "VS",
          "Vital Signs",
          "USUBJID VSTESTCD VSDTC",
          "VSSEQ:Sequence Number:I!",
          "VSTESTCD:Vital Signs Test Short Name:T!",
          "VSTEST:Vital Signs Test Name:T!",
          "VSORRES:Result or Finding in Original Units:T!",
          "VSORRESU:Original Units:T!",
          "VSDTC:Date/Time of Measurements:D!");
  static final Domain PC =
      define(
          "PC",
          "Pharmacokinetics Concentrations",
          "USUBJID PCTESTCD PCTPTNUM",
          "PCSEQ:Sequence Number:I!",
          "PCTESTCD:Pharmacokinetic Test Short Name:T!",
          "PCTEST:Pharmacokinetic Test Name:T!",
          "PCORRES:Result or Finding in Original Units:T!",
          "PCORRESU:Original Units:T",
          "PCSTRESN:Numeric Result/Finding in Standard Units:N",
          "PCTPTNUM:Planned Time Point Number:N!",
          "PCTPT:Planned Time Point Name:T");
  static final Domain RS =
      define(
          "RS",
          "Disease Response and Clin Classification",
          "USUBJID RSTESTCD RSEVAL RSDTC",
          "RSSEQ:Sequence Number:I!",
          "RSTESTCD:Assessment Short Name:T!",
          "RSTEST:Assessment Name:T!",
          "RSCAT:Category for Assessment:T",
          "RSORRES:Result or Finding in Original Units:T!",
          "RSSTRESC:Character Result/Finding in Std Format:T!",
          "RSEVAL:Evaluator:T!",
          "RSDTC:Date/Time of Assessment:D");
  static final Domain SV =
      define(
          "SV",
          "Subject Visits",
          "USUBJID VISITNUM",
          "VISITNUM:Visit Number:N!",
          "VISIT:Visit Name:T",
          "SVSTDTC:Start Date/Time of Observation:D!");

  /** The supplemental-qualifier datasets ({@code SUPP--}) of the parent domains that have one. */
  static {
    for (String parent : List.of("DM", "EX", "CM", "PR", "AE", "VS", "RS")) {
      String n = "SUPP" + parent;
      ALL.put(
          n,
          build(
              n,
              "Supplemental Qualifiers for " + parent,
              "USUBJID IDVAR IDVARVAL QNAM",
              List.of(
                  spec("STUDYID:Study Identifier:T!"),
                  spec("RDOMAIN:Related Domain Abbreviation:T!"),
                  spec("USUBJID:Unique Subject Identifier:T!"),
                  spec("IDVAR:Identifying Variable:T"),
                  spec("IDVARVAL:Identifying Variable Value:T"),
                  spec("QNAM:Qualifier Variable Name:T!"),
                  spec("QLABEL:Qualifier Variable Label:T!"),
                  spec("QVAL:Data Value:T!"),
                  spec("QORIG:Origin:T!"))));
    }
  }

  /** The variable of this name, or {@code null}. */
  Var var(String name) {
    return vars.stream().filter(v -> v.name.equals(name)).findFirst().orElse(null);
  }

  /** The Dataset-JSON variables: {@code IT.<DOMAIN>.<VAR>}, keys by the key list. */
  List<Variable> variables() {
    List<Variable> out = new ArrayList<>();
    for (Var v : vars) {
      int k = key.indexOf(v.name);
      out.add(
          new Variable(
              "IT." + name + "." + v.name,
              v.name,
              v.label,
              v.kind.type,
              null,
              null,
              k < 0 ? null : k + 1));
    }
    return out;
  }

  private static Domain define(String name, String label, String key, String... specific) {
    List<Var> vars = new ArrayList<>();
    vars.add(spec("STUDYID:Study Identifier:T!"));
    vars.add(spec("DOMAIN:Domain Abbreviation:T!"));
    if (!name.equals("TS")) {
      vars.add(spec("USUBJID:Unique Subject Identifier:T!"));
    }
    for (String s : specific) {
      vars.add(spec(s));
    }
    Domain d = build(name, label, key, vars);
    ALL.put(name, d);
    return d;
  }

  private static Domain build(String name, String label, String key, List<Var> vars) {
    return new Domain(name, label, List.copyOf(vars), List.of(key.split(" ")));
  }

  /** {@code NAME:Label:K} with K one of T, D, I, N and a trailing {@code !} when required. */
  private static Var spec(String spec) {
    String[] p = spec.split(":");
    String k = p[2];
    boolean required = k.endsWith("!");
    Kind kind =
        switch (k.charAt(0)) {
          case 'D' -> Kind.DTC;
          case 'I' -> Kind.INT;
          case 'N' -> Kind.NUM;
          default -> Kind.TEXT;
        };
    return new Var(p[0], p[1], kind, required);
  }
}
