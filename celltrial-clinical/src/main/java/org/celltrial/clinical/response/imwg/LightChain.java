package org.celltrial.clinical.response.imwg;

/** The involved free light chain. */
public enum LightChain {
  /** Kappa. */
  KAPPA,
  /** Lambda. */
  LAMBDA
}
