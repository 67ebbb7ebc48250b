"""Corpus 22: labelled request lines on catalog 22 (issue #13); see README.md."""
