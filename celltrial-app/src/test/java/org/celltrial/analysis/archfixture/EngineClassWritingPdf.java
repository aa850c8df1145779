package org.celltrial.analysis.archfixture;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Test fixture: an "engine" class that writes PDF, to prove the report-rendering rule bites. */
public final class EngineClassWritingPdf {
  private EngineClassWritingPdf() {}

  /** Makes a PDF document, which only the app may. */
  public static PDDocument document() {
    return new PDDocument();
  }
}
