package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterfaceChangeTest {

    private static final SourceLocation OLD = SourceLocation.of("old/variables.tf", 3, 1);
    private static final SourceLocation NEW = SourceLocation.of("new/variables.tf", 149, 1);

    private static InterfaceChange change(Optional<SourceLocation> before, Optional<SourceLocation> after) {
        return new InterfaceChange(ChangeImpact.MAJOR, "variable-added-required", "var.name", "new variable name "
                + "has no default", before, after);
    }

    @Test
    void locations_sayANewSubjectIsAddedAndAGoneOneRemoved_neverAPlaceholderForTheMissingSide() {
        assertEquals("added at new/variables.tf:149:1", change(Optional.empty(), Optional.of(NEW)).locations());
        assertEquals("removed from old/variables.tf:3:1", change(Optional.of(OLD), Optional.empty()).locations());
        assertEquals("old/variables.tf:3:1 → new/variables.tf:149:1", change(Optional.of(OLD), Optional.of(NEW))
                .locations());
        assertEquals("[MAJOR] var.name: new variable name has no default (added at new/variables.tf:149:1)",
                change(Optional.empty(), Optional.of(NEW)).toString());
    }
}
