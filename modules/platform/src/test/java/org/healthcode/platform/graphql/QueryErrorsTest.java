package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryErrorsTest {

  private static final String GENERIC = "The query is not valid.";

  @Test
  void clean_WhenSmallRyeCannotMakeAnInputObject_NamesTheArgumentOnly() {
    QueryErrors.Cleaned cleaned =
        QueryErrors.clean(
            "WrongType",
            "argument 'input' with value 'StringValue{value='{\"documentNumber\":"
                + " \"120101194912310014\"}'}' is not a valid 'Unknown Scalar Type"
                + " [org.healthcode.identity.graphql.PersonInput]'",
            GENERIC);

    assertThat(cleaned.message())
        .isEqualTo("input: a value is not of the type the schema declares")
        .doesNotContain("120101", "org.");
    assertThat(cleaned.field()).hasValue("input");
  }

  @Test
  void clean_WhenALiteralFieldInsideAnInputIsWrong_NamesThatField() {
    QueryErrors.Cleaned cleaned =
        QueryErrors.clean(
            "WrongType",
            "Validation error (WrongType@[scan]) : argument 'input.temperature' with value"
                + " 'StringValue{value='NaN'}' is not a valid 'BigDecimal' - SRGQL000022: Can"
                + " not parse a number from [StringValue{value='NaN'}]",
            GENERIC);

    assertThat(cleaned.message()).doesNotContain("NaN", "SRGQL");
    assertThat(cleaned.field()).hasValue("temperature");
  }

  @Test
  void clean_WhenRequiredFieldsAreMissing_ListsTheirNamesNotTheValues() {
    QueryErrors.Cleaned cleaned =
        QueryErrors.clean(
            "WrongType",
            "argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='code',"
                + " value=StringValue{value='secret'}}]}' is missing required fields '[scanId,"
                + " codeToken]'",
            GENERIC);

    assertThat(cleaned.message())
        .isEqualTo("input: required fields missing: scanId, codeToken")
        .doesNotContain("secret");
  }

  @Test
  void clean_WhenAVariableHasAnInvalidValue_DoesNotQuoteIt() {
    QueryErrors.Cleaned cleaned =
        QueryErrors.clean(
            null,
            "Variable 'in' has an invalid value: Invalid input for enum 'DocumentType'. No value"
                + " found for name 'Zhang San'",
            GENERIC);

    assertThat(cleaned.message()).startsWith("Variable 'in'").doesNotContain("Zhang");
  }

  @Test
  void clean_WhenTheDocumentDoesNotParse_GivesThePlaceNotTheToken() {
    QueryErrors.Cleaned cleaned =
        QueryErrors.clean(
            null,
            "Invalid syntax with ANTLR error 'token recognition error at: '\"Zhang San )'' at"
                + " line 1 column 14",
            GENERIC);

    assertThat(cleaned.message()).isEqualTo("The document does not parse (line 1, column 14)");
  }

  @Test
  void clean_WhenAnUnknownMessageNamesAClass_GivesTheGenericText() {
    assertThat(QueryErrors.clean(null, "java.lang.IllegalStateException: boom", GENERIC).message())
        .isEqualTo(GENERIC);
  }

  @Test
  void clean_WhenAFieldIsUndefined_KeepsTheMessage() {
    String message =
        "Validation error (FieldUndefined@[colours/shade]) : Field 'shade' in type"
            + " 'ColourInfo' is undefined";

    assertThat(QueryErrors.clean("FieldUndefined", message, GENERIC).message()).isEqualTo(message);
  }
}
