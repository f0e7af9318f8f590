package org.healthcode.identity.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.domain.protection.EncryptedField;
import org.healthcode.identity.domain.protection.FieldCipher;
import org.healthcode.identity.domain.protection.LookupHash;
import org.healthcode.identity.domain.protection.LookupHasher;

/**
 * How the identity module seals and finds its personal fields: one place for the encryption
 * contexts and for what exactly is hashed, so that a number is always hashed the same way.
 */
public final class PersonalData {

  static final String NAME = "identity.person.name";
  static final String DOCUMENT_NUMBER = "identity.person.document_number";
  static final String PHONE = "identity.account.phone";
  static final String OUTGOING_SMS = "identity.sms_outbox.message";

  private final FieldCipher cipher;
  private final LookupHasher hasher;

  public PersonalData(FieldCipher cipher, LookupHasher hasher) {
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
  }

  /**
   * The keyed hash a document is registered and found under. Two countries may issue the same
   * passport number, so a passport is hashed as {@code "CHN:E12345678"}: country and number.
   */
  public byte[] documentHash(DocumentType type, String number, String issuingCountry) {
    String hashed = type == DocumentType.PASSPORT ? issuingCountry + ":" + number : number;
    return hasher.hashDocument(type, hashed).toBytes();
  }

  public byte[] phoneHash(PhoneNumber phone) {
    return hasher.hashPhone(phone.value()).toBytes();
  }

  /** A sign-in code hashed with its row's salt under the lookup secret: useless without both. */
  public byte[] signInCodeHash(byte[] salt, String code) {
    LookupHash hash = hasher.hashSignInCode(salt, code);
    return hash.toBytes();
  }

  public byte[] sealName(String name) {
    return cipher.encrypt(name, NAME).toBytes();
  }

  public String name(byte[] sealed) {
    return cipher.decrypt(EncryptedField.fromBytes(sealed), NAME);
  }

  public byte[] sealDocumentNumber(String number) {
    return cipher.encrypt(number, DOCUMENT_NUMBER).toBytes();
  }

  public String documentNumber(byte[] sealed) {
    return cipher.decrypt(EncryptedField.fromBytes(sealed), DOCUMENT_NUMBER);
  }

  public byte[] sealPhone(PhoneNumber phone) {
    return cipher.encrypt(phone.value(), PHONE).toBytes();
  }

  public String phone(byte[] sealed) {
    return cipher.decrypt(EncryptedField.fromBytes(sealed), PHONE);
  }

  /** A sign-in code on its way to a phone, sealed together with the phone (the SMS outbox). */
  public byte[] sealOutgoingCode(String phone, String code) {
    return cipher.encrypt(phone + "\n" + code, OUTGOING_SMS).toBytes();
  }

  /** The phone and the code of a sealed outgoing code, in that order. */
  public String[] outgoingCode(byte[] sealed) {
    return cipher.decrypt(EncryptedField.fromBytes(sealed), OUTGOING_SMS).split("\n", 2);
  }

  /** The id of the key new data is encrypted with. */
  public String currentKeyId() {
    return cipher.currentKeyId();
  }

  /** Every data key id held, current first. */
  public List<String> keyIds() {
    return cipher.keyIds();
  }

  /** The name sealed again under the current key; empty when it already is (re-encryption). */
  public Optional<byte[]> resealName(byte[] sealed) {
    return reseal(sealed, NAME);
  }

  public Optional<byte[]> resealDocumentNumber(byte[] sealed) {
    return reseal(sealed, DOCUMENT_NUMBER);
  }

  public Optional<byte[]> resealPhone(byte[] sealed) {
    return reseal(sealed, PHONE);
  }

  private Optional<byte[]> reseal(byte[] sealed, String context) {
    EncryptedField field = EncryptedField.fromBytes(sealed);
    if (field.keyId().equals(cipher.currentKeyId())) {
      return Optional.empty();
    }
    return Optional.of(cipher.encrypt(cipher.decrypt(field, context), context).toBytes());
  }
}
