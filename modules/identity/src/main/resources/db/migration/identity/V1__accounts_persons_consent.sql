-- Citizens' accounts, registered persons, proxy links and consents (DESIGN §2, §8).
-- Names, document numbers and phone numbers are stored only encrypted (FieldCipher: format
-- version, key id, IV, ciphertext, tag in one VARBINARY) and found only by their keyed hash
-- (LookupHasher, BINARY(32)) under a unique index: one account per phone, one person per document.

CREATE TABLE identity_person (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type             VARCHAR(40)   NOT NULL,
    document_hash             BINARY(32)    NOT NULL,
    document_number_encrypted VARBINARY(200) NOT NULL,
    issuing_country           CHAR(3)       NULL,
    name_encrypted            VARBINARY(700) NOT NULL,
    date_of_birth             DATE          NOT NULL,
    sex                       VARCHAR(6)    NOT NULL,
    nationality               CHAR(3)       NOT NULL,
    home_district             VARCHAR(20)   NOT NULL,
    registered_at             TIMESTAMP(3)  NOT NULL,
    CONSTRAINT identity_person_document UNIQUE (document_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_account (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone_hash      BINARY(32)    NOT NULL,
    phone_encrypted VARBINARY(120) NOT NULL,
    self_person_id  BIGINT        NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    CONSTRAINT identity_account_phone UNIQUE (phone_hash),
    CONSTRAINT identity_account_self UNIQUE (self_person_id),
    CONSTRAINT identity_account_self_person FOREIGN KEY (self_person_id)
        REFERENCES identity_person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- An account applying for a dependent. A link ends (ended_at) when the dependent takes over their
-- own account and is kept as history; current_person_id makes at most one current link per person.
CREATE TABLE identity_dependent_link (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL,
    relationship      VARCHAR(20)  NOT NULL,
    added_at          TIMESTAMP(3) NOT NULL,
    ended_at          TIMESTAMP(3) NULL,
    current_person_id BIGINT AS (IF(ended_at IS NULL, person_id, NULL)) PERSISTENT,
    CONSTRAINT identity_dependent_link_current UNIQUE (current_person_id),
    CONSTRAINT identity_dependent_link_account FOREIGN KEY (account_id)
        REFERENCES identity_account (id),
    CONSTRAINT identity_dependent_link_person FOREIGN KEY (person_id)
        REFERENCES identity_person (id),
    INDEX identity_dependent_link_person_idx (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Consent to the processing of health data, apart from the person: which notice, and when.
CREATE TABLE identity_consent (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    notice_version VARCHAR(40)  NOT NULL,
    given_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT identity_consent_person FOREIGN KEY (person_id) REFERENCES identity_person (id),
    INDEX identity_consent_person_version (person_id, notice_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
