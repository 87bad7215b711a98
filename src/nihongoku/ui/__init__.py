"""The Qt layer: thin widgets over nihongoku.core."""
