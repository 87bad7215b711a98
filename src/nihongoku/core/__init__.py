"""Nihongoku's core: content, scheduling, engines and the store. Never imports Qt."""
