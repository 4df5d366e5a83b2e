/** A character-level statistical name tagger (averaged perceptron over BIO labels), learned from an annotated treebank; annotate uses it beside the dictionary and rules. */
package org.biannian.tagger;
