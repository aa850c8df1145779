package org.celltrial.clinical.study;

/** The kind of cell product (the guideline's scope, autologous CAR-T first). */
public enum ProductType {
  AUTOLOGOUS_CAR_T,
  ALLOGENEIC_CAR_T,
  CAR_NK,
  TCR_T
}
