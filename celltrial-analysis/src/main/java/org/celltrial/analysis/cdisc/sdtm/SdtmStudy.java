package org.celltrial.analysis.cdisc.sdtm;

import java.util.List;
import org.celltrial.analysis.study.KineticProfile;
import org.celltrial.clinical.study.Study;

/**
 * A study package as the SDTM mapping sees it.
 *
 * @param study the study file
 * @param subjects every screened subject, in package order
 * @param kinetics the CAR transgene profiles (G-PH-1), or {@code null} when not collected
 */
public record SdtmStudy(Study study, List<SdtmSubject> subjects, List<KineticProfile> kinetics) {
  /** Copies the lists. */
  public SdtmStudy {
    subjects = List.copyOf(subjects);
    kinetics = kinetics == null ? null : List.copyOf(kinetics);
  }
}
