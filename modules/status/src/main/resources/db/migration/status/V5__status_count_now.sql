-- Persons by colour x district now (DESIGN §4), kept by the colour changes themselves in the same
-- transaction (docs/adr/0011): never computed by scanning persons. residency follows the district
-- (VISITOR is the only visitor district) and is stored so that a query needs no mapping.
CREATE TABLE status_count_now (
    colour     VARCHAR(8)  NOT NULL,
    district   VARCHAR(16) NOT NULL,
    residency  VARCHAR(8)  NOT NULL,
    count      BIGINT      NOT NULL,
    PRIMARY KEY (colour, district),
    CONSTRAINT status_count_now_colour CHECK (colour IN ('GREEN', 'ORANGE', 'RED')),
    CONSTRAINT status_count_now_residency CHECK (residency IN ('RESIDENT', 'VISITOR')),
    CONSTRAINT status_count_now_not_negative CHECK (count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
