/**
 * The AWS cost provider: {@link dev.alexandria.cost.aws.AwsListPrices} (the bundled, offline snapshot of AWS
 * on-demand list prices for 16 regions), {@link dev.alexandria.cost.aws.AwsResourceCostModel} (what the
 * {@code aws_*} resources that dominate real bills cost) and {@link dev.alexandria.cost.aws.AwsOfferImporter}
 * (AWS Price List bulk offer files, JSON or CSV, streamed into a library's price store).
 *
 * <p>All three are found by {@link java.util.ServiceLoader}. Price keys are those of the snapshot
 * ({@code instance:m5.large:linux:shared}, {@code nat-gateway:hour} ...), listed in {@code docs/cost.md}.
 *
 * <p>AWS publishes its price lists "for informational purposes only"; all prices are subject to the terms on
 * aws.amazon.com ({@link dev.alexandria.cost.aws.AwsListPrices#DISCLAIMER}).
 */
package dev.alexandria.cost.aws;
