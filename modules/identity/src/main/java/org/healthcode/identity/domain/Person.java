package org.healthcode.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.Sex;

/**
 * A registered person (DESIGN §2). Name and document number are held only encrypted (see {@link
 * PersonalData}); the document is found by its keyed hash, which a unique index keeps to one
 * person.
 */
@Entity
@Table(name = "identity_person")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, updatable = false)
  private DocumentType documentType;

  @Column(name = "document_hash", nullable = false, updatable = false)
  private byte[] documentHash;

  @Column(name = "document_number_encrypted", nullable = false)
  private byte[] documentNumberEncrypted;

  @Column(name = "issuing_country", updatable = false)
  private String issuingCountry;

  @Column(name = "name_encrypted", nullable = false)
  private byte[] nameEncrypted;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  @Column(nullable = false)
  private String nationality;

  @Enumerated(EnumType.STRING)
  @Column(name = "home_district", nullable = false)
  private HomeDistrict homeDistrict;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  /** The counter staff member who registered a person with no phone; null for a citizen's. */
  @Column(name = "counter_registered_by", updatable = false)
  private String counterRegisteredBy;

  protected Person() {}

  public Person(
      DocumentType documentType,
      byte[] documentHash,
      byte[] documentNumberEncrypted,
      String issuingCountry,
      byte[] nameEncrypted,
      LocalDate dateOfBirth,
      Sex sex,
      String nationality,
      HomeDistrict homeDistrict,
      Instant registeredAt) {
    this.documentType = documentType;
    this.documentHash = documentHash.clone();
    this.documentNumberEncrypted = documentNumberEncrypted.clone();
    this.issuingCountry = issuingCountry;
    this.nameEncrypted = nameEncrypted.clone();
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    this.nationality = nationality;
    this.homeDistrict = homeDistrict;
    this.registeredAt = registeredAt;
  }

  /** Marks a new person as registered at a service counter by the staff member (ADR 34). */
  public void registeredAtCounterBy(String staff) {
    this.counterRegisteredBy = staff;
  }

  /** The counter staff member who registered the person, empty for a citizen's registration. */
  public java.util.Optional<String> counterRegisteredBy() {
    return java.util.Optional.ofNullable(counterRegisteredBy);
  }

  public Long id() {
    return id;
  }

  public DocumentType documentType() {
    return documentType;
  }

  public byte[] documentNumberEncrypted() {
    return documentNumberEncrypted.clone();
  }

  public String issuingCountry() {
    return issuingCountry;
  }

  public byte[] nameEncrypted() {
    return nameEncrypted.clone();
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public Sex sex() {
    return sex;
  }

  public String nationality() {
    return nationality;
  }

  public HomeDistrict homeDistrict() {
    return homeDistrict;
  }

  public Instant registeredAt() {
    return registeredAt;
  }
}
