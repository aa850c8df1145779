package org.celltrial.clinical.subject;

/** Hematopoietic stem cell transplantation: autologous or allogeneic. */
public enum TransplantType {
  AUTO,
  ALLO
}
