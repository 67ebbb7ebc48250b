"""Mechanics shared by the blind catalogs and corpora (issue #13): how a generated set is split,
written and checked, never what it says.

Every blind writer keeps its own words, products and customers in its own folder and must not
read another blind set's content; the machinery that turns those into CSV files is the same
for all and lives here, so the next writer imports it instead of copying the last generator.
"""
