package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.RegistryEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule register's warning and validate's cost-declared share. */
class DeclaredCostTest {

    /** An estimate with one fixed priced line of {@code fixed} USD, and a line not priced when {@code partial}. */
    static ModuleCost estimate(String fixed, boolean partial) {
        List<CostLine> lines = new ArrayList<>();
        if (new BigDecimal(fixed).signum() > 0) {
            lines.add(new CostLine("aws_nat_gateway.this", "aws_nat_gateway", "NAT gateway", CostLine.Status.PRICED,
                    Optional.of(new BigDecimal("730")), Optional.of("Hrs"), Optional.of(new BigDecimal("0.045")),
                    false, new BigDecimal(fixed), false, Optional.empty(), List.of(), List.of(), ""));
        }
        if (partial) {
            lines.add(new CostLine("aws_kinesis_stream.s", "aws_kinesis_stream", "", CostLine.Status.NOT_PRICED,
                    Optional.empty(), Optional.empty(), Optional.empty(), false, BigDecimal.ZERO, false,
                    Optional.empty(), List.of(), List.of(), "no resource cost model prices aws_kinesis_stream"));
        }
        return new ModuleCost("m", "us-east-1", lines, Optional.empty(), false, List.of(), List.of());
    }

    @Test
    void differs_moreThanTwentyPercentEitherWay() {
        assertFalse(DeclaredCost.differs(new BigDecimal("120.00"), estimate("100.00", false)));
        assertTrue(DeclaredCost.differs(new BigDecimal("120.01"), estimate("100.00", false)));
        assertFalse(DeclaredCost.differs(new BigDecimal("80.00"), estimate("100.00", false)));
        assertTrue(DeclaredCost.differs(new BigDecimal("79.99"), estimate("100.00", false)));
    }

    @Test
    void differs_anyDeclaredCostAgainstAFreeEstimate() {
        assertTrue(DeclaredCost.differs(new BigDecimal("5"), estimate("0", false)));
        assertFalse(DeclaredCost.differs(BigDecimal.ZERO, estimate("0", false)));
    }

    @Test
    void differs_aPartialEstimateIsALowerBound() {
        // above a lower bound may be right: the lines not priced may make up the difference
        assertFalse(DeclaredCost.differs(new BigDecimal("500"), estimate("100.00", true)));
        assertFalse(DeclaredCost.differs(new BigDecimal("22"), estimate("0", true)));
        assertFalse(DeclaredCost.differs(new BigDecimal("80.00"), estimate("100.00", true)));
        assertTrue(DeclaredCost.differs(new BigDecimal("79.99"), estimate("100.00", true)));
    }

    @Test
    void difference_inWholePercentOfTheEstimate() {
        assertEquals("40% above the estimate", DeclaredCost.difference(new BigDecimal("140"), new BigDecimal("100")));
        assertEquals("25% below the estimate", DeclaredCost.difference(new BigDecimal("75"), new BigDecimal("100")));
        assertEquals("the estimate is $0.00", DeclaredCost.difference(new BigDecimal("5"), BigDecimal.ZERO));
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void register_declaredCostWarning_namesTheKeyAtItsFileLineAndColumn() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String dir = LifecycleFixture.M + "vpc-old/";
        f.write(dir + "main.tf", "resource \"aws_nat_gateway\" \"this\" {\n  subnet_id = \"subnet-1\"\n}\n");
        f.write(dir + ".alexandria.yaml", f.read(dir + ".alexandria.yaml") + "cost:\n  estimated_monthly_usd: 500\n");
        dev.alexandria.api.Library lib = f.open();
        List<String> notes = new ArrayList<>();
        Registration.cost(lib, lib.requireModule("vpc-old"), notes);
        assertEquals(List.of("cost: $32.85 a month (fixed lines, us-east-1); usage-priced lines add to it with use",
                "warning: _library/foundations/networking/"
                + "vpc-old/.alexandria.yaml:10:3: cost.estimated_monthly_usd declares $500.00 a month, but the estimate"
                + " of its fixed lines is $32.85 (1422% above the estimate); the registry records the estimate, so set"
                + " cost.estimated_monthly_usd to 32.85 or remove it"), notes);
    }

    @Test
    void register_recordsWhetherUsageAddsToTheFixedCost() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String dir = LifecycleFixture.M + "vpc-old/";
        f.write(dir + "main.tf", "resource \"aws_nat_gateway\" \"this\" {\n  subnet_id = \"subnet-1\"\n}\n");
        dev.alexandria.api.Library lib = f.open();
        RegistryEntry.CostInfo usage = Registration.cost(lib, lib.requireModule("vpc-old"), new ArrayList<>())
                .orElseThrow();
        assertTrue(usage.usagePriced(), "a NAT gateway's GB processed is priced by usage");
        f.write(dir + "main.tf", "resource \"aws_security_group\" \"this\" {\n  name = \"sg\"\n}\n");
        lib = f.open();
        RegistryEntry.CostInfo fixedOnly = Registration.cost(lib, lib.requireModule("vpc-old"), new ArrayList<>())
                .orElseThrow();
        assertFalse(fixedOnly.usagePriced(), "a security group has no usage-priced line");
    }
}
