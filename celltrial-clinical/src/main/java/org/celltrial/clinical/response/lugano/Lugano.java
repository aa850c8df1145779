package org.celltrial.clinical.response.lugano;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/**
 * Overall Lugano 2014 response at one time point: the PET-CT response is primary when PET was done
 * (FDG-avid histologies), the CT-based response otherwise (Cheson et al. 2014; G-EP-4).
 */
public final class Lugano {
  private Lugano() {}

  /**
   * The overall response.
   *
   * @param pet the PET read, or {@code null} if not done
   * @param ct the CT-based result, or {@code null} if no CT was read
   */
  public static ResponseResult overall(PetScan pet, ResponseResult ct, LuganoParameters p) {
    if (pet == null) {
      if (ct == null) {
        throw org.celltrial.clinical.ClinicalMessages.error("response.lugano.noScan");
      }
      return ct;
    }
    ResponseResult metabolic = LuganoPet.classify(pet, p);
    List<Message> why = new ArrayList<>(metabolic.reasons());
    why.add(LuganoPet.msg("response.lugano.petPrimary"));
    return new ResponseResult(metabolic.criterion(), metabolic.category(), metabolic.label(), why);
  }
}
