package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.TypeConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterfaceFilesTest {

    @Test
    void sample_isAValueOfTheType() {
        assertEquals("\"example\"", InterfaceFiles.sample(TypeConstraint.STRING));
        assertEquals("1", InterfaceFiles.sample(TypeConstraint.NUMBER));
        assertEquals("true", InterfaceFiles.sample(TypeConstraint.BOOL));
        assertEquals("\"example\"", InterfaceFiles.sample(TypeConstraint.ANY));
        assertEquals("[]", InterfaceFiles.sample(new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST,
                TypeConstraint.STRING)));
        assertEquals("[]", InterfaceFiles.sample(new TypeConstraint.Collection(TypeConstraint.Collection.Kind.SET,
                TypeConstraint.NUMBER)));
        assertEquals("{}", InterfaceFiles.sample(new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP,
                TypeConstraint.STRING)));
        assertEquals("[\"example\", 1]", InterfaceFiles.sample(new TypeConstraint.TupleType(List.of(
                TypeConstraint.STRING, TypeConstraint.NUMBER))));
    }

    @Test
    void sample_ofAnObjectSetsOnlyItsRequiredAttributes() {
        TypeConstraint network = new TypeConstraint.ObjectType(List.of(
                new TypeConstraint.Attribute("vpc_id", TypeConstraint.STRING, false, Optional.empty()),
                new TypeConstraint.Attribute("subnet_ids", new TypeConstraint.Collection(
                        TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING), true, Optional.empty()),
                new TypeConstraint.Attribute("size", TypeConstraint.NUMBER, false, Optional.empty())));
        assertEquals("{ vpc_id = \"example\", size = 1 }", InterfaceFiles.sample(network));
        assertEquals("{}", InterfaceFiles.sample(new TypeConstraint.ObjectType(List.of(new TypeConstraint.Attribute(
                "tags", TypeConstraint.STRING, true, Optional.empty())))));
    }
}
