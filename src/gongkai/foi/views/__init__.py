"""Pages of 依申请公开: public (apply, track) and staff (lists, case page, steps, letters, appeals)."""
