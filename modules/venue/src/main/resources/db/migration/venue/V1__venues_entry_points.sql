-- Venues (DESIGN §5), each registered by one operator (the token subject), who alone manages it.
CREATE TABLE venue_venue (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    category    VARCHAR(30)  NOT NULL,
    district    VARCHAR(20)  NOT NULL CHECK (district IN ('HEPING', 'HEDONG', 'HEXI', 'NANKAI',
                    'HEBEI', 'HONGQIAO', 'DONGLI', 'XIQING', 'JINNAN', 'BEICHEN', 'WUQING',
                    'BAODI', 'BINHAI', 'NINGHE', 'JINGHAI', 'JIZHOU')),
    address     VARCHAR(500) NOT NULL,
    operator    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    INDEX venue_venue_operator (operator, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Entry points (a gate, a counter, one bus or taxi); each gets its own device credentials.
CREATE TABLE venue_entry_point (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    venue_id    BIGINT       NOT NULL,
    label       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT venue_entry_point_venue FOREIGN KEY (venue_id) REFERENCES venue_venue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
