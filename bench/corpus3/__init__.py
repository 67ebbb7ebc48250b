"""Labelled request lines against catalog 3 (bench/catalog3), written blind; see README.md."""
