"""Every word a person reads, in Thai (default) and English."""
