"""Benchmarks run by `make bench`; each prints figures and ratios against a baseline in the same process."""
