/**
 * The Lucene search backend, {@link dev.alexandria.search.lucene.LuceneSearchBackend}: put this jar on the class
 * path and Alexandria's search uses it. Everything else in this package is internal.
 */
package dev.alexandria.search.lucene;
