"""The instructor's gradebook: classes of learners seen through their progress files.

``row`` computes one learner's numbers from a progress file, ``roster`` keeps classes and
rows in the store, ``report`` writes them to XLSX or CSV. The learners never become
profiles on the instructor's laptop.
"""
