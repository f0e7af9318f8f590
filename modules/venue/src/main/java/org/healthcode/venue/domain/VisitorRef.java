package org.healthcode.venue.domain;

import java.util.Objects;
import org.healthcode.identity.api.PersonId;

/**
 * Who passed an entry point: a registered person, or, for a manual pass of someone the identity
 * module does not know, the keyed hash of the document shown. Never a name or a document number.
 */
public sealed interface VisitorRef permits VisitorRef.Person, VisitorRef.Document {

  static VisitorRef person(PersonId id) {
    return new Person(id);
  }

  static VisitorRef document(DocumentHash hash) {
    return new Document(hash);
  }

  /** A registered person, found by their code or by their document's hash. */
  record Person(PersonId id) implements VisitorRef {
    public Person {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A manual pass of a document that matches no registered person. */
  record Document(DocumentHash hash) implements VisitorRef {
    public Document {
      Objects.requireNonNull(hash, "hash");
    }
  }
}
