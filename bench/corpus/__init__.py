"""Labelled request lines written the way buyers write, against catalog 2 and the demo
catalog; `python -m bench.corpus.generate` rebuilds all.csv, tune.csv and holdout.csv."""
