package org.healthcode.identity.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "120101199001011237X, 120101*********237X", // longer than 18: still 6 + 4
    "12010119900101123X, 120101********123X", // resident ID, 18
    "810000199001011234, 810000********1234", // HMT residence permit, 18
    "USA110090011220, US*********1220", // old permanent residence ID, 15
    "123456789012, 12******9012", // 12
    "H12345678, H*****678", // HK/Macao travel permit, 9
    "E12345678, E*****678", // passport, 9
    "12345678, 1****678", // Taiwan travel permit, 8
    "1234567, 1****67", // 7
    "1234, 1**4", // 4
    "123, ***", // too short to show anything
    "' H12345678 ', H*****678", // surrounding whitespace dropped
  })
  void documentNumber_WhenLengthVaries_ShowsAtMostTheRuleAllows(String number, String masked) {
    assertThat(Masking.documentNumber(number)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "13812345678, 138****5678", // mainland mobile
    "+8613812345678, **********5678",
    "91234567, ****4567", // Hong Kong
    "1234567, *******",
    "1381234567X, *******567X", // 11 characters but not a mainland mobile
  })
  void phoneNumber_WhenFormatVaries_MasksPerRule(String number, String masked) {
    assertThat(Masking.phoneNumber(number)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "张, *",
    "张三, 张*",
    "张小明, 张*明",
    "欧阳小明, 欧**明",
    "买买提·艾力, 买****力",
    "𠀀, *",
    "𠀀明, 𠀀*",
    "张𠀀明, 张*明",
    "张小𠀀, 张*𠀀",
    "𠀀小小明, 𠀀**明",
  })
  void name_WhenChinese_KeepsFirstAndLastWholeCharacters(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "John Smith, J*** S****",
    "Madonna, M******",
    "Jean-Luc Picard, J******* P*****",
    "'  Anna  Maria Lopez ', A***  M**** L****",
    "José Ñúñez, J*** Ñ****",
  })
  void name_WhenNotChinese_KeepsFirstLetterOfEachWord(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  @Test
  void name_WhenSupplementaryCharacterIsMasked_OneStarPerCodePoint() {
    String masked = Masking.name("张𠀀𠀀明");

    assertThat(masked).isEqualTo("张**明");
    assertThat("张𠀀𠀀明").hasSize(6); // two UTF-16 units per supplementary character
  }

  @Test
  void allMasks_WhenNull_ReturnNull() {
    assertThat(Masking.documentNumber(null)).isNull();
    assertThat(Masking.phoneNumber(null)).isNull();
    assertThat(Masking.name(null)).isNull();
  }

  @Test
  void allMasks_WhenBlank_ReturnEmpty() {
    assertThat(Masking.documentNumber("  ")).isEmpty();
    assertThat(Masking.phoneNumber("")).isEmpty();
    assertThat(Masking.name(" \t")).isEmpty();
  }
}
