package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void differs_moreThanTwentyPercentEitherWay() {
        assertFalse(Registration.differs(new BigDecimal("120.00"), new BigDecimal("100.00")));
        assertTrue(Registration.differs(new BigDecimal("120.01"), new BigDecimal("100.00")));
        assertFalse(Registration.differs(new BigDecimal("80.00"), new BigDecimal("100.00")));
        assertTrue(Registration.differs(new BigDecimal("79.99"), new BigDecimal("100.00")));
    }

    @Test
    void differs_anyDeclaredCostAgainstAFreeEstimate() {
        assertTrue(Registration.differs(new BigDecimal("5"), BigDecimal.ZERO));
        assertFalse(Registration.differs(BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
