"""pool_lab measured against the standard library and the physical limits: ``python -m benchmarks``."""
