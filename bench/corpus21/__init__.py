"""Corpus 21: labelled request lines on catalog 21 (issue #13); see README.md."""
