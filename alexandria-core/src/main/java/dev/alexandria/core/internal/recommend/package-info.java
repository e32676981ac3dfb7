/**
 * Recommendations: modules for a use case (a pattern that answers its needs with what it composes and stand-ins
 * for what it calls from elsewhere, the best module of each need, what those modules require, then the best module
 * of each category the use case touches) and modules that go with a module (usage evidence from patterns, examples and
 * module calls; dependencies and dependents; alternatives in the category), scored by a documented weighted sum
 * whose weights come from {@code _catalog/recommend.yaml}.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.api.Library#recommend()}.
 */
package dev.alexandria.core.internal.recommend;
