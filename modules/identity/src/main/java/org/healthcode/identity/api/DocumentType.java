package org.healthcode.identity.api;

import java.util.OptionalInt;
import org.eclipse.microprofile.graphql.Description;

/**
 * The identity documents a person can register with (DESIGN §2). The vendor code is the number
 * Chinese health-code vendors use for the type; the HK/Macao/Taiwan residence permit has none.
 */
@Description("An identity document a person can register with.")
public enum DocumentType {
  @Description("Resident identity card of the People's Republic of China")
  RESIDENT_ID_CARD(10),
  @Description("Mainland travel permit for Hong Kong and Macao residents")
  HK_MACAO_TRAVEL_PERMIT(14),
  @Description("Mainland travel permit for Taiwan residents")
  TAIWAN_TRAVEL_PERMIT(15),
  @Description("Residence permit for Hong Kong, Macao and Taiwan residents")
  HMT_RESIDENCE_PERMIT(0),
  @Description("Passport, with its issuing country")
  PASSPORT(20),
  @Description("Foreigner's permanent residence identity card")
  FOREIGNER_PERMANENT_RESIDENCE_ID(34);

  private final int vendorCode;

  DocumentType(int vendorCode) {
    this.vendorCode = vendorCode;
  }

  public OptionalInt vendorCode() {
    return vendorCode == 0 ? OptionalInt.empty() : OptionalInt.of(vendorCode);
  }
}
