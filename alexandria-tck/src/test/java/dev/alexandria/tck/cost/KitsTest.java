package dev.alexandria.tck.cost;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Each kit passes a provider that keeps the contract and fails the obligation a broken one breaks. */
class KitsTest {

    @Test
    void pricingKit_passesAGoodSource() {
        run(GoodSourceKit.class).assertStatistics(s -> s.failed(0).succeeded(8));
    }

    @Test
    void pricingKit_failsASourceThatThrowsForAMissingKey() {
        run(ThrowingSourceKit.class).assertThatEvents().haveExactly(1, event(test(),
                displayName("a key without a price is empty, never an exception"), finishedWithFailure()));
    }

    @Test
    void pricingKit_failsASourceThatAnswersWithAnotherKey() {
        run(WrongKeySourceKit.class).assertThatEvents().haveExactly(1, event(test(),
                displayName("a known key has a price for exactly that key, in an ISO currency, with a unit and a "
                        + "source"), finishedWithFailure()));
    }

    @Test
    void modelKit_passesAGoodModel() {
        run(GoodModelKit.class).assertStatistics(s -> s.failed(0).succeeded(10));
    }

    @Test
    void modelKit_failsAModelThatGuessesAnUnknownArgument() {
        failsOnly(GuessingModelKit.class, "with every argument unknown, no quantity is taken from an argument "
                + "(no guess)");
    }

    @Test
    void modelKit_failsAModelThatPricesUsageWithoutAUsageFile() {
        failsOnly(SilentUsageModelKit.class, "without usage, every usage-based component depends on usage and no "
                + "quantity comes from usage");
    }

    @Test
    void modelKit_failsAModelWhoseFixedLineMovesWithUsage() {
        failsOnly(UsageScalesFixedModelKit.class, "with every assumption applied, no component still depends on "
                + "usage and fixed ones are unchanged");
    }

    @Test
    void modelKit_failsAModelThatReadsAnUndeclaredUsageKey() {
        failsOnly(UndeclaredUsageModelKit.class, "every usage key the model reads is declared in "
                + "usageParameters(type)");
    }

    @Test
    void modelKit_failsAModelThatThrowsOnAbsentArguments() {
        failsOnly(FragileModelKit.class, "an instance of every listed type with no argument set is estimated, "
                + "never an exception");
    }

    @Test
    void modelKit_failsAModelThatAcceptsAnyType() {
        failsOnly(GreedyModelKit.class, "a resource type it does not list is refused with IllegalArgumentException");
    }

    private static void failsOnly(Class<?> kit, String obligation) {
        Events events = run(kit);
        events.assertThatEvents().haveExactly(1, event(test(), displayName(obligation), finishedWithFailure()));
        events.assertStatistics(s -> s.failed(1));
    }

    private static Events run(Class<?> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
    }

    static class GoodSourceKit extends PricingSourceCompatibilityKit {
        @Override
        protected PricingSource createSource() {
            return new SampleProviders.GoodSource();
        }

        @Override
        protected List<PriceKey> knownKeys() {
            return List.of(SampleProviders.HOUR, SampleProviders.REQUESTS);
        }
    }

    static class ThrowingSourceKit extends GoodSourceKit {
        @Override
        protected PricingSource createSource() {
            return new SampleProviders.ThrowingSource();
        }
    }

    static class WrongKeySourceKit extends GoodSourceKit {
        @Override
        protected PricingSource createSource() {
            return new SampleProviders.WrongKeySource();
        }
    }

    static class GoodModelKit extends ResourceCostModelCompatibilityKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.GoodModel();
        }

        @Override
        protected List<ResourceInstance> examples() {
            return SampleProviders.widgets();
        }

        @Override
        protected String region() {
            return "eu-west-1";
        }
    }

    static class GuessingModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.GuessingModel();
        }
    }

    static class SilentUsageModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.SilentUsageModel();
        }
    }

    static class UsageScalesFixedModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.UsageScalesFixedModel();
        }
    }

    static class UndeclaredUsageModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.UndeclaredUsageModel();
        }
    }

    static class FragileModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.FragileModel();
        }
    }

    static class GreedyModelKit extends GoodModelKit {
        @Override
        protected ResourceCostModel createModel() {
            return new SampleProviders.GreedyModel();
        }
    }
}
