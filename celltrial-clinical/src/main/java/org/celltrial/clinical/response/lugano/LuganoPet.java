package org.celltrial.clinical.response.lugano;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * Lugano 2014 PET-CT (metabolic) response (Cheson et al. 2014, Table 2; G-EP-4). PMD when the score
 * is 4–5 with increased uptake, or new FDG-avid lesions, or new/recurrent FDG-avid marrow foci;
 * otherwise CMR when the score is at most the CMR cut-off (Lugano: 3, with or without a residual
 * mass) and the marrow is clear; PMR when the score is 4–5 with reduced uptake (marrow, if avid,
 * reduced); NMR otherwise.
 */
public final class LuganoPet {
  /** Criterion stored with every result. */
  public static final String CRITERION = "Lugano 2014";

  private LuganoPet() {}

  /** The metabolic response of one PET-CT read. */
  public static ResponseResult classify(PetScan pet, LuganoParameters p) {
    List<Message> why = new ArrayList<>();
    boolean high = pet.score() == Deauville.FOUR || pet.score() == Deauville.FIVE;
    if (high && pet.uptake() == null) {
      throw ClinicalMessages.error("field.required", "pet.uptake");
    }
    if (pet.newAvidLesions()) {
      why.add(msg("response.lugano.pet.newLesion"));
    }
    if (high && pet.uptake() == UptakeChange.INCREASED) {
      why.add(msg("response.lugano.pet.increased", pet.score().label()));
    }
    if (pet.marrowAvid() && !pet.marrowReduced()) {
      why.add(msg("response.lugano.pet.marrow"));
    }
    if (!why.isEmpty()) {
      return new ResponseResult(CRITERION, Category.PD, "PMD", why);
    }
    if (pet.score() == Deauville.X) {
      why.add(msg("response.lugano.pet.scoreX"));
    }
    if (pet.score() == Deauville.X || pet.score().ordinal() <= p.cmrMaxScore().ordinal()) {
      if (pet.marrowAvid()) {
        why.add(msg("response.lugano.pet.marrowResidual"));
        return new ResponseResult(CRITERION, Category.PR, "PMR", why);
      }
      why.add(msg("response.lugano.pet.cmr", pet.score().label(), p.cmrMaxScore().label()));
      if (pet.residualMassCm() != null && pet.residualMassCm() > 0) {
        why.add(msg("response.lugano.pet.residual", pet.residualMassCm()));
      }
      return new ResponseResult(CRITERION, Category.CR, "CMR", why);
    }
    if (pet.uptake() == UptakeChange.REDUCED) {
      why.add(msg("response.lugano.pet.reduced", pet.score().label()));
      return new ResponseResult(CRITERION, Category.PR, "PMR", why);
    }
    why.add(msg("response.lugano.pet.unchanged", pet.score().label()));
    return new ResponseResult(CRITERION, Category.SD, "NMR", why);
  }

  static Message msg(String key, Object... args) {
    return ClinicalMessages.of(key, args);
  }
}
