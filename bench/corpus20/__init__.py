"""Corpus 20: buyers' lines on catalog 20, written blind (issue #13); see README.md."""
