"""Signed documents: the platform signs every PDF it issues; anyone can check one on /verify/."""
