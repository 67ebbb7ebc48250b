"""Corpus 23: labelled request lines on catalog 23 (issue #13); see README.md."""
