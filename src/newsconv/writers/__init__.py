"""Writers: one module per output format, rendering the model and nothing else."""
