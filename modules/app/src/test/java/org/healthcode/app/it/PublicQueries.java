package org.healthcode.app.it;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import java.util.List;

/** The public, unauthenticated queries, as a front-end team would declare them. */
@GraphQLClientApi
public interface PublicQueries {

  SystemInfo systemInfo();

  List<DocumentTypeInfo> documentTypes();

  List<SymptomInfo> symptoms();

  List<ColourInfo> colours();

  List<VenueCategoryInfo> venueCategories();

  record SystemInfo(String version, List<String> modules, DatabaseInfo database) {}

  record DatabaseInfo(String vendor, String version, int migrationsApplied) {}

  record DocumentTypeInfo(String type, Integer vendorCode, String description) {}

  record SymptomInfo(String symptom, String description) {}

  record ColourInfo(String colour, String meaning) {}

  record VenueCategoryInfo(String category, boolean admitsEveryColour) {}
}
