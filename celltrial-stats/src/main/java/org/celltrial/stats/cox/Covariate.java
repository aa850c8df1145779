package org.celltrial.stats.cox;

/**
 * One covariate of a Cox model: a number per observation, or a factor coded against a reference.
 */
public sealed interface Covariate permits Covariate.Numeric, Covariate.Factor {

  /** The name, as the user gave it (a column name). */
  String name();

  /**
   * A numeric covariate entering the model as it is.
   *
   * @param name the covariate's name, also its term name
   * @param values one finite value per observation
   */
  record Numeric(String name, double[] values) implements Covariate {
    /** Copies the values. */
    public Numeric {
      values = values.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] values() {
      return values.clone();
    }
  }

  /**
   * A categorical covariate in treatment coding, as R's default {@code contr.treatment}: one 0/1
   * column per level other than the reference, named {@code name + level} as R prints it (e.g.
   * {@code celltypesmallcell}).
   *
   * @param name the covariate's name
   * @param levels the level of each observation
   * @param reference the reference level, or {@code null} for the first level in sorted order (R's
   *     {@code factor()} default)
   */
  record Factor(String name, String[] levels, String reference) implements Covariate {
    /** Copies the levels. */
    public Factor {
      levels = levels.clone();
    }

    /** The level of each observation (a copy). */
    @Override
    public String[] levels() {
      return levels.clone();
    }
  }
}
