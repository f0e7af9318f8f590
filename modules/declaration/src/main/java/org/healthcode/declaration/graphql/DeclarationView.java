package org.healthcode.declaration.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.SubmittedDeclaration;

@Type("Declaration")
@Description("A stored declaration with its recorded review.")
public record DeclarationView(
    @NonNull @Id @Description("The declaration id.") String id,
    @NonNull @Id @Description("The person who declared.") String personId,
    @NonNull @Description("When it was submitted.") Instant submittedAt,
    @NonNull @Description("What was declared.") DeclarationAnswers answers,
    @NonNull @Description("The background review, as recorded.") DeclarationReview review) {

  static DeclarationView of(SubmittedDeclaration declaration) {
    return new DeclarationView(
        Long.toString(declaration.id()),
        declaration.personId().toString(),
        declaration.submittedAt(),
        DeclarationAnswers.of(declaration.answers()),
        DeclarationReview.of(declaration));
  }
}
