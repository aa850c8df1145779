package org.celltrial.analysis.cdisc.sdtm;

import java.util.List;
import org.celltrial.clinical.study.Study;

/**
 * A study package as the SDTM mapping sees it.
 *
 * @param study the study file
 * @param subjects every screened subject, in package order
 */
public record SdtmStudy(Study study, List<SdtmSubject> subjects) {
  /** Copies the subjects. */
  public SdtmStudy {
    subjects = List.copyOf(subjects);
  }
}
